// Inputs of the office's writes for its tests: a new monitored household and a support measure, any field overridden.
import { cityToday } from '../../../shared/src/dates';
import { addDays } from '../../../shared/src/testing/dates';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';

export const TODAY = cityToday();
export const REGISTERED = addDays(TODAY, -60);

let seq = 0;
/** A valid ID number no seeded person has: born in 南召县 on a day of its own in 1960-1987, sequence 517. */
export const newIdNumber = () => testIdNumber('411321', addDays('1960-01-01', ++seq), 517);

/** A one-member household (the head alone) monitored for illness since 60 days ago. */
export const householdInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411321',
  category: 'MARGINAL',
  riskCauses: ['ILLNESS'],
  registeredOn: REGISTERED,
  ...overrides,
});

/** An industry subsidy of 3,000.00 for the head, from 30 days ago for half a year. */
export const measureInput = (monitoredHouseholdId: string, overrides: Record<string, unknown> = {}) => ({
  monitoredHouseholdId,
  kind: 'INDUSTRY',
  amount: '3000.00',
  startDate: addDays(TODAY, -30),
  endDate: addDays(TODAY, 150),
  ...overrides,
});
