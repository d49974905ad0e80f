// One-window intake at a township window: what submitApplication accepts and refuses, how each need is routed by the
// rules with its deadline in working days, and how a unit's report moves a referral. Routing through the gateway to
// the units' inboxes, their steps and the status across units: test/one-window.test.ts. Idempotency, atomicity,
// write scope and the access-log row: contract.test.ts.
import { addDays, cityToday } from '../../../shared/src/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { addWorkingDays, workingDaysAfter } from '../src/working-days';
import { applicationInput, ruleInput } from './inputs';

const kit = agencyTestKit('counties', { people: 50 });

const SUBMIT = kit.mutation(
  'submitApplication',
  'id needs receivedOn township { code } referrals { need unit routedOn deadline status overdue workingDaysOverdue }',
);
const RULES = '{ routingRules { need unit deadlineWorkingDays } }';

const rows = (table: string) => kit.count(`SELECT count(*)::int AS count FROM ${table}`);

async function submitted(overrides: Record<string, unknown> = {}) {
  const res = await kit.post(SUBMIT, { input: applicationInput(overrides) });
  expect(res.errors).toBeUndefined();
  return res.data!.submitApplication;
}

test('working days skip Saturdays and Sundays: five working days from a Friday is the next Friday', () => {
  expect(addWorkingDays('2026-11-27', 5)).toBe('2026-12-04');
  expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30');
  expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
  expect(workingDaysAfter('2026-11-27', '2026-12-04')).toBe(5);
  expect(workingDaysAfter('2026-12-04', '2026-11-27')).toBe(0);
});

test('the routing rules refer every need to one unit with its deadline, as seeded', async () => {
  const res = await kit.post(RULES, {}, 'caseworker');
  expect(res.errors).toBeUndefined();
  const rules = res.data!.routingRules as { need: string; unit: string; deadlineWorkingDays: number }[];
  expect(rules).toHaveLength(11);
  expect(rules.find((r) => r.need === 'EDUCATION_AID')).toEqual({ need: 'EDUCATION_AID', unit: 'EDUCATION', deadlineWorkingDays: 15 });
  expect(rules.find((r) => r.need === 'MINIMUM_LIVING')).toMatchObject({ unit: 'CIVIL_AFFAIRS' });
});

test('each need of an application becomes one referral to its unit, due the rule’s working days after the day received', async () => {
  const receivedOn = addDays(cityToday(), -3);
  const application = await submitted({ needs: ['LEGAL_AID', 'UNION_AID'], receivedOn });
  expect(application.referrals).toEqual([
    expect.objectContaining({
      need: 'LEGAL_AID',
      unit: 'JUSTICE',
      routedOn: receivedOn,
      deadline: addWorkingDays(receivedOn, 7),
      status: 'ROUTED',
    }),
    expect.objectContaining({
      need: 'UNION_AID',
      unit: 'TRADE_UNION',
      routedOn: receivedOn,
      deadline: addWorkingDays(receivedOn, 10),
      status: 'ROUTED',
    }),
  ]);
  // Each owes its unit one delivery, through the outbox.
  const deliveries = await kit.db.query(
    "SELECT dedupe_key, document FROM outbox WHERE kind = 'referral' AND variables->'input'->>'applicationId' = $1",
    [application.id],
  );
  expect(deliveries.map((d: { document: string }) => d.document.match(/receive\w+Referral/)![0]).sort()).toEqual([
    'receiveJusticeReferral',
    'receiveTradeUnionReferral',
  ]);
});

test('a referral past its deadline and undecided is overdue by the working days since', async () => {
  const application = await submitted({ needs: ['TEMPORARY_ASSISTANCE'], receivedOn: addDays(cityToday(), -20) });
  const [referral] = application.referrals;
  expect(referral.overdue).toBe(true);
  expect(referral.workingDaysOverdue).toBe(workingDaysAfter(referral.deadline, cityToday()));
});

const SET_RULE = kit.mutation('setRoutingRule', 'need unit deadlineWorkingDays history { operation before after }');

test('a rule set anew routes the next application by it, and the referral routed before keeps its deadline', async () => {
  const receivedOn = addDays(cityToday(), -2);
  const before = await submitted({ needs: ['EMPLOYMENT_ASSISTANCE'], receivedOn });
  const set = await kit.post(SET_RULE, {
    input: ruleInput({ need: 'EMPLOYMENT_ASSISTANCE', unit: 'HUMAN_RESOURCES', deadlineWorkingDays: 3 }),
  });
  expect(set.errors).toBeUndefined();
  const [entry] = set.data!.setRoutingRule.history;
  expect({
    operation: entry.operation,
    before: JSON.parse(entry.before).deadlineWorkingDays,
    after: JSON.parse(entry.after).deadlineWorkingDays,
  }).toEqual({
    operation: 'setRoutingRule',
    before: 15,
    after: 3,
  });
  const rules = (await kit.post(RULES, {}, 'caseworker')).data!.routingRules;
  expect(rules.filter((r: { need: string }) => r.need === 'EMPLOYMENT_ASSISTANCE')).toEqual([
    { need: 'EMPLOYMENT_ASSISTANCE', unit: 'HUMAN_RESOURCES', deadlineWorkingDays: 3 },
  ]);
  const after = await submitted({ needs: ['EMPLOYMENT_ASSISTANCE'], receivedOn, idNumber: applicationInput().idNumber });
  expect(after.referrals[0].deadline).toBe(addWorkingDays(receivedOn, 3));
  const [{ deadline }] = await kit.db.query(
    "SELECT to_char(deadline, 'YYYY-MM-DD') AS deadline FROM one_window_referral WHERE application_id = $1",
    [before.id],
  );
  expect(deadline).toBe(addWorkingDays(receivedOn, 15));
});

test('a rule may refer a need only to a unit with a referral inbox, within 0-60 working days', async () => {
  for (const [input, field] of [
    [ruleInput({ unit: 'FINANCE' }), 'input.unit'],
    [ruleInput({ deadlineWorkingDays: 61 }), 'input.deadlineWorkingDays'],
  ] as const) {
    const error = expectErrorCode(await kit.post(SET_RULE, { input }), 'BAD_USER_INPUT');
    expect(error.extensions!.field).toBe(field);
  }
});

describe('submitApplication refuses, writing nothing', () => {
  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    ['no need', { needs: [] }, 'input.needs', /at least one need/],
    ['a need twice', { needs: ['HOUSING', 'HOUSING'] }, 'input.needs', /HOUSING twice/],
    ['a township the city does not have', { townshipCode: '411302999' }, 'input.townshipCode', /no township or street/],
    ['a township code that is not 9 digits', { townshipCode: '4113' }, 'input.townshipCode', /9 digits/],
    ['a day received in the future', { receivedOn: addDays(cityToday(), 1) }, 'input.receivedOn', /future/],
    ['a day received more than 30 days back', { receivedOn: addDays(cityToday(), -31) }, 'input.receivedOn', /30 days back/],
    ['an empty document', { documents: ['申请书', ' '] }, 'input.documents.1', /1-100 characters/],
    ['no applicant', { idNumber: undefined }, 'input.personId', /required/],
    ['a household id that is not one', { householdId: 'hh-1' }, 'input.householdId', /UUID/],
  ];
  test.each(refusals)('%s', async (_, overrides, field, message) => {
    const before = [await rows('one_window_application'), await rows('one_window_referral'), await rows('outbox')];
    const error = expectErrorCode(await kit.post(SUBMIT, { input: applicationInput(overrides) }), 'BAD_USER_INPUT');
    expect({ field: error.extensions!.field, message: error.message }).toEqual({ field, message: expect.stringMatching(message) });
    expect([await rows('one_window_application'), await rows('one_window_referral'), await rows('outbox')]).toEqual(before);
  });
});
