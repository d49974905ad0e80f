// Inputs of health's writes for its tests: a settlement, emergency aid and a public-health enrolment of a new patient.
import { cityToday } from '../../../shared/src/dates';
import { bornAged as bornAgedOn } from '../../../shared/src/testing/dates';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';

export const today = cityToday();
/** A birth date that makes a person `years` old today, `days` past the birthday. */
export const bornAged = (years: number, days = 30) => bornAgedOn(today, years, days);

let seq = 0;
/** A valid ID number no seeded person has (born in 郑州, outside the demo city), born on `born`. */
export const newIdNumber = (born = '1958-06-20') => testIdNumber('410102', born, (++seq % 999) + 1);

export const settlementInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411302',
  settledOn: '2026-09-14',
  hospitalName: '南阳市中心医院',
  hospitalLevel: 'TERTIARY',
  diagnosisCategory: '肺炎',
  inpatient: true,
  totalCost: '12345.67',
  insurancePaid: '7000.00',
  assistancePaid: '3500.00',
  selfPaid: '1845.67',
  oneStop: true,
  ...overrides,
});
export const aidInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411303',
  grantedOn: '2026-08-01',
  amount: '18000.00',
  hospitalName: '南阳市第一人民医院',
  ...overrides,
});
export const enrollInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411302',
  program: 'HYPERTENSION_MANAGEMENT',
  enrolledOn: '2025-04-01',
  ...overrides,
});
