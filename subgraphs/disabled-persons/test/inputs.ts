// Inputs of the federation's writes for its tests: a new holder's certificate and a subsidy, any field overridden.
import { addYears, cityToday } from '../../../shared/src/dates';
import { addDays } from '../../../shared/src/testing/dates';
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';

export const TODAY = cityToday();
export const ISSUED = addDays(TODAY, -30);

/** A valid ID number no seeded person has: born 1980-05-01 in 卧龙区, sequence from a counter. */
export const newIdNumber = idNumberSequence('411303', '1980-05-01', 700);

/** A grade 2 physical disability certificate of a new holder, issued 30 days ago for five years. */
export const certificateInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  category: 'PHYSICAL',
  grade: 2,
  issuedOn: ISSUED,
  validUntil: addYears(ISSUED, 5),
  regionCode: '411303',
  ...overrides,
});

/** A severe-care subsidy from today for a holder. */
export const subsidyInput = (personId: string, overrides: Record<string, unknown> = {}) => ({
  personId,
  kind: 'SEVERE_CARE',
  monthlyAmount: '100.00',
  startDate: TODAY,
  ...overrides,
});
