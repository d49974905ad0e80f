// Inputs of the justice bureau's writes for its tests: a new applicant's legal aid application and a new party's mediation, any field overridden.
import { cityToday } from '../../../shared/src/dates';
import { addDays } from '../../../shared/src/testing/dates';
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';

export const TODAY = cityToday();
export const APPLIED = addDays(TODAY, -20);
export const DECIDED = addDays(TODAY, -40);

/** A valid ID number no seeded person has: born on `birth` in 宛城区, sequence from a counter. */
export const newIdNumber = idNumberSequence('411302', '1975-04-12', 600);

/** A wage claim of a new applicant on 低保, applied for 20 days ago at 宛城区's centre. */
export const applyInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  category: 'LABOUR_REMUNERATION',
  matter: '追索某建筑工地拖欠的3个月工资共12000元',
  regionCode: '411302',
  appliedOn: APPLIED,
  meansTestWaived: true,
  ...overrides,
});

/** A new party contesting a 低保 refusal of 40 days ago, in mediation since 30 days ago. */
export const mediationInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  programme: 'MINIMUM_LIVING_ALLOWANCE',
  decidedOn: DECIDED,
  dispute: '对不予批准最低生活保障的决定有异议，认为家庭收入核算有误',
  mediatorName: '王秀英',
  regionCode: '411302',
  openedOn: addDays(TODAY, -30),
  ...overrides,
});
