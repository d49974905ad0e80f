// Inputs of human resources' writes for its tests: a new person's employment status and social-insurance enrolment, any field overridden.
import { cityToday } from '../../../shared/src/dates';
import { bornAged as bornAgedOn } from '../../../shared/src/testing/dates';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';

export const today = cityToday();
/** A birth date that makes a person `years` old today, `days` past the birthday. */
export const bornAged = (years: number, days = 30) => bornAgedOn(today, years, days);

let seq = 0;
/** A valid ID number no seeded person has (born in 郑州, outside the demo city): of `gender`, born on `born`. */
export const newIdNumber = (born = '1980-03-15', gender: 'MALE' | 'FEMALE' = 'MALE') =>
  testIdNumber('410102', born, 2 * ++seq + (gender === 'MALE' ? 1 : 0));

export const statusInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  status: 'UNEMPLOYED',
  since: '2026-03-01',
  regionCode: '411302',
  ...overrides,
});
export const enrollInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411302',
  scheme: 'EMPLOYEE_PENSION',
  contributionBase: '5200.00',
  since: '2020-07-01',
  ...overrides,
});
