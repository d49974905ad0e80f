// Inputs of the county governments' writes for their tests: a meeting, a decision of it, a supervision item, any field overridden.
import { cityToday } from '../../../shared/src/dates';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';

let seq = 0;
/** A day `days` after the city's today (before it when negative), as YYYY-MM-DD. */
export const daysFromToday = (days: number) => new Date(Date.parse(cityToday()) + days * 86_400_000).toISOString().slice(0, 10);

export const meetingInput = (overrides: Record<string, unknown> = {}) => ({
  regionCode: '411302',
  heldOn: daysFromToday(-10),
  kind: 'SPECIAL',
  topic: `低保专项治理问题整改推进专题会议（第${++seq}次）`,
  attendees: ['COUNTIES', 'CIVIL_AFFAIRS', 'FINANCE'],
  ...overrides,
});

export const decisionInput = (meetingId: string, overrides: Record<string, unknown> = {}) => ({
  meetingId,
  text: `组织各乡镇（街道）开展低保对象复核（第${++seq}项）`,
  responsibleUnit: 'CIVIL_AFFAIRS',
  dueDate: daysFromToday(60),
  ...overrides,
});

export const itemInput = (overrides: Record<string, unknown> = {}) => ({
  regionCode: '411302',
  unit: 'FINANCE',
  category: 'FUNDS',
  source: 'CITY_ASSIGNMENT',
  task: `第四季度困难群众救助资金拨付进度滞后，限期拨付到位（第${++seq}件）`,
  deadline: daysFromToday(30),
  ...overrides,
});

let applicants = 0;
/** A one-window application of a resident who has not applied before (a new ID number each call), at a street's window. */
export const applicationInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: testIdNumber('411302', '1975-03-08', ++applicants),
  townshipCode: '411302001',
  needs: ['TEMPORARY_ASSISTANCE'],
  documents: ['救助申请书', '身份证复印件'],
  consentToVerification: true,
  ...overrides,
});

let rules = 0;
/** A routing rule for legal aid, its deadline different on each call (1-60 working days). */
export const ruleInput = (overrides: Record<string, unknown> = {}) => ({
  need: 'LEGAL_AID',
  unit: 'JUSTICE',
  deadlineWorkingDays: (++rules % 60) + 1,
  ...overrides,
});
