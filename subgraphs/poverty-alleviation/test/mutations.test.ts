// The office's writes: what each accepts and refuses, a household's registration and risk elimination, the measures' lifecycle.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { addYears } from '../../../shared/src/dates';
import { personKey } from '../../../shared/src/person-key';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';
import { agencyTestKit } from '../../../test/support/agency';
import { householdInput, measureInput, newIdNumber, REGISTERED, TODAY } from './inputs';

const kit = agencyTestKit('poverty-alleviation', { people: 300 });
const { post: call, count } = kit;
const secret = kit.personKeySecret;

const REGISTER = kit.mutation(
  'registerMonitoredHousehold',
  'id head { id } members { id } region { code } category riskCauses status registeredOn riskEliminatedOn version',
);
const ELIMINATE = kit.mutation(
  'eliminateMonitoringRisk',
  'id status registeredOn riskEliminatedOn riskEliminationReason version history { operation }',
);
const RECORD = kit.mutation('recordSupportMeasure', 'id person { id } household { id } kind amount startDate endDate status version');
const CHANGE = kit.mutation('changeSupportMeasure', 'id status endDate statusReason version history { operation }');

async function register(overrides: Record<string, unknown> = {}) {
  const res = await call(REGISTER, { input: householdInput(overrides) });
  expect(res.errors).toBeUndefined();
  return res.data!.registerMonitoredHousehold as { id: string; head: { id: string }; version: number };
}

async function record(householdId: string, overrides: Record<string, unknown> = {}) {
  const res = await call(RECORD, { input: measureInput(householdId, overrides) });
  expect(res.errors).toBeUndefined();
  return res.data!.recordSupportMeasure as { id: string; version: number };
}

const tables = ['monitored_household', 'monitored_member', 'monitored_risk_cause', 'support_measure'];
const rowCounts = async () => Promise.all(tables.map((t) => count(`SELECT count(*)::int AS count FROM ${t}`)));

describe('registerMonitoredHousehold', () => {
  test('registering a household stores it MONITORED with its members head first and its causes', async () => {
    const [head, spouse, child] = [newIdNumber(), newIdNumber(), testIdNumber('411321', '2012-09-01', 518)];
    const res = await call(REGISTER, {
      input: householdInput({
        idNumber: head,
        memberIdNumbers: [spouse, child],
        riskCauses: ['SCHOOLING', 'ILLNESS'],
        category: 'UNSTABLE_ESCAPED',
      }),
    });
    expect(res.errors).toBeUndefined();
    const keys = [head, spouse, child].map((n) => personKey(n, secret));
    const household = res.data!.registerMonitoredHousehold;
    expect(household).toMatchObject({
      head: { id: keys[0] },
      members: keys.map((id) => ({ id })),
      region: { code: '411321' },
      category: 'UNSTABLE_ESCAPED',
      riskCauses: ['ILLNESS', 'SCHOOLING'],
      status: 'MONITORED',
      registeredOn: REGISTERED,
      riskEliminatedOn: null,
      version: 1,
    });
    const members = await kit.db.query(
      'SELECT person_key, id_number, position FROM monitored_member WHERE monitored_household_id = $1 ORDER BY position',
      [household.id],
    );
    expect(members).toEqual([
      { person_key: keys[0], id_number: head, position: 0 },
      { person_key: keys[1], id_number: spouse, position: 1 },
      { person_key: keys[2], id_number: child, position: 2 },
    ]);
    const [row] = await kit.db.query(
      'SELECT head_person_key, region_code, status, registered_on, version FROM monitored_household WHERE id = $1',
      [household.id],
    );
    expect(row).toEqual({ head_person_key: keys[0], region_code: '411321', status: 'MONITORED', registered_on: REGISTERED, version: 1 });
  });

  test('a person already monitored is a CONFLICT naming where in the input and the household they are in, and nothing is stored', async () => {
    const spouse = newIdNumber();
    const first = await register({ memberIdNumbers: [spouse] });
    const before = await rowCounts();
    const res = await call(REGISTER, { input: householdInput({ memberIdNumbers: [newIdNumber(), spouse] }) });
    expect(expectErrorCode(res, 'CONFLICT', 'registerMonitoredHousehold').extensions).toMatchObject({
      field: 'input.memberIdNumbers[1]',
      existingId: first.id,
    });
    expect(await rowCounts()).toEqual(before);
  });

  test.each([
    ["a head's ID number with a wrong check character", { idNumber: '110105194912310021' }, 'input.idNumber'],
    [
      "a member's ID number with a wrong check character",
      { memberIdNumbers: [newIdNumber(), '110105194912310021'] },
      'input.memberIdNumbers[1]',
    ],
    ['the head again among the members', (head: string) => ({ idNumber: head, memberIdNumbers: [head] }), 'input.memberIdNumbers[0]'],
    ['ten members besides the head', { memberIdNumbers: Array.from({ length: 10 }, newIdNumber) }, 'input.memberIdNumbers'],
    ['a county outside the city', { regionCode: '110105' }, 'input.regionCode'],
    ['no risk cause', { riskCauses: [] }, 'input.riskCauses'],
    ['a risk cause twice', { riskCauses: ['ILLNESS', 'ILLNESS'] }, 'input.riskCauses'],
    ['a registration before monitoring began', { registeredOn: '2020-03-19' }, 'input.registeredOn'],
    ['a registration in the future', { registeredOn: addDays(TODAY, 1) }, 'input.registeredOn'],
    [
      'a member born after the registration',
      { memberIdNumbers: [testIdNumber('411321', addDays(REGISTERED, 1), 519)] },
      'input.memberIdNumbers[0]',
    ],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    const head = newIdNumber();
    const before = await rowCounts();
    const res = await call(REGISTER, {
      input: householdInput({ idNumber: head, ...(typeof overrides === 'function' ? overrides(head) : overrides) }),
    });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'registerMonitoredHousehold');
    expect(error.extensions!.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(await rowCounts()).toEqual(before);
  });

  test('a category that is not one is refused at its path', async () => {
    const res = await call(REGISTER, { input: householdInput({ category: 'POOR' }) });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/input\.category/);
  });
});

describe('eliminateMonitoringRisk', () => {
  test("a supported household's risk is eliminated with the date and reason, and the change is in its history", async () => {
    const household = await register();
    await record(household.id);
    const res = await call(ELIMINATE, { input: { id: household.id, version: 1, eliminatedOn: TODAY, reason: '务工收入稳定' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.eliminateMonitoringRisk).toMatchObject({
      status: 'RISK_ELIMINATED',
      riskEliminatedOn: TODAY,
      riskEliminationReason: '务工收入稳定',
      version: 2,
      history: [{ operation: 'registerMonitoredHousehold' }, { operation: 'eliminateMonitoringRisk' }],
    });
    const [row] = await kit.db.query(
      'SELECT status, risk_eliminated_on, risk_elimination_reason, version FROM monitored_household WHERE id = $1',
      [household.id],
    );
    expect(row).toEqual({ status: 'RISK_ELIMINATED', risk_eliminated_on: TODAY, risk_elimination_reason: '务工收入稳定', version: 2 });
  });

  test('a household with no support measure on record keeps being monitored', async () => {
    const household = await register();
    const res = await call(ELIMINATE, { input: { id: household.id, version: 1, eliminatedOn: TODAY, reason: '收入稳定' } });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'eliminateMonitoringRisk');
    expect(error.extensions!.field).toBe('input.id');
    expect(error.message).toMatch(/no support measure/);
    expect(await count('SELECT version AS count FROM monitored_household WHERE id = $1', [household.id])).toBe(1);
  });

  test('a risk eliminated once is final', async () => {
    const household = await register();
    await record(household.id);
    await call(ELIMINATE, { input: { id: household.id, version: 1, eliminatedOn: TODAY, reason: '收入稳定' } });
    const res = await call(ELIMINATE, { input: { id: household.id, version: 2, eliminatedOn: TODAY, reason: '收入稳定' } });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/^input\.id: the household's risk was already eliminated on /);
  });

  test.each([
    ['a day before the registration', { eliminatedOn: addDays(REGISTERED, -1) }, 'input.eliminatedOn'],
    ['a day in the future', { eliminatedOn: addDays(TODAY, 1) }, 'input.eliminatedOn'],
    ['an empty reason', { reason: '  ' }, 'input.reason'],
    ['a reason of 501 characters', { reason: 'x'.repeat(501) }, 'input.reason'],
    ['an id that is not one', { id: 'household-1' }, 'input.id'],
  ])('an elimination with %s is refused naming the field and changes nothing', async (_name, overrides, field) => {
    const household = await register();
    await record(household.id);
    const res = await call(ELIMINATE, { input: { id: household.id, version: 1, eliminatedOn: TODAY, reason: '收入稳定', ...overrides } });
    expect(expectErrorCode(res, 'BAD_USER_INPUT', 'eliminateMonitoringRisk').extensions!.field).toBe(field);
    const [row] = await kit.db.query('SELECT status, version FROM monitored_household WHERE id = $1', [household.id]);
    expect(row).toEqual({ status: 'MONITORED', version: 1 });
  });
});

describe('recordSupportMeasure', () => {
  test('a measure is stored ACTIVE for the head when no member is named', async () => {
    const household = await register();
    const res = await call(RECORD, { input: measureInput(household.id, { amount: '2500' }) });
    expect(res.errors).toBeUndefined();
    const measure = res.data!.recordSupportMeasure;
    expect(measure).toMatchObject({
      person: { id: household.head.id },
      household: { id: household.id },
      kind: 'INDUSTRY',
      amount: '2500.00',
      status: 'ACTIVE',
      version: 1,
    });
    const [row] = await kit.db.query('SELECT person_key, kind, amount_fen, status FROM support_measure WHERE id = $1', [measure.id]);
    expect(row).toEqual({ person_key: household.head.id, kind: 'INDUSTRY', amount_fen: '250000', status: 'ACTIVE' });
  });

  test('a micro-credit loan of 50,000.00 for three years goes to the member who borrows it', async () => {
    const borrower = newIdNumber();
    const household = await register({ memberIdNumbers: [borrower] });
    const startDate = addDays(TODAY, -10);
    const res = await call(RECORD, {
      input: measureInput(household.id, {
        personId: personKey(borrower, secret),
        kind: 'MICRO_CREDIT',
        amount: '50000.00',
        startDate,
        endDate: addYears(startDate, 3),
      }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordSupportMeasure).toMatchObject({
      person: { id: personKey(borrower, secret) },
      kind: 'MICRO_CREDIT',
      amount: '50000.00',
    });
  });

  test.each([
    ['a loan without an amount', { kind: 'MICRO_CREDIT', amount: null }, 'input.amount'],
    ['a loan above 50,000.00', { kind: 'MICRO_CREDIT', amount: '50000.01' }, 'input.amount'],
    ['a loan without a term', { kind: 'MICRO_CREDIT', amount: '20000', endDate: null }, 'input.endDate'],
    [
      'a loan of three years and a day',
      { kind: 'MICRO_CREDIT', amount: '20000', endDate: addDays(addYears(addDays(TODAY, -30), 3), 1) },
      'input.endDate',
    ],
    ['a referral with an amount', { kind: 'SOCIAL_ASSISTANCE_REFERRAL', amount: '100.00' }, 'input.amount'],
    ['an amount of 0.00', { amount: '0.00' }, 'input.amount'],
    ['a start before the registration', { startDate: addDays(REGISTERED, -1) }, 'input.startDate'],
    ['a start more than a year ahead', { startDate: addDays(addYears(TODAY, 1), 1), endDate: null }, 'input.startDate'],
    ['an end before the start', { endDate: addDays(TODAY, -31) }, 'input.endDate'],
    ['a plan of more than five years', { endDate: addDays(addYears(addDays(TODAY, -30), 5), 1) }, 'input.endDate'],
    ['a person who is not a member', { personId: personKey(newIdNumber(), secret) }, 'input.personId'],
    ['a person id that is not one', { personId: 'member-1' }, 'input.personId'],
    ['a household id that is not one', { monitoredHouseholdId: 'household-1' }, 'input.monitoredHouseholdId'],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    const household = await register();
    const before = await count('SELECT count(*)::int AS count FROM support_measure');
    const res = await call(RECORD, { input: measureInput(household.id, overrides) });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'recordSupportMeasure');
    expect(error.extensions!.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(await count('SELECT count(*)::int AS count FROM support_measure')).toBe(before);
  });

  test('no measure is recorded for a household whose risk was eliminated', async () => {
    const household = await register();
    await record(household.id);
    await call(ELIMINATE, { input: { id: household.id, version: 1, eliminatedOn: TODAY, reason: '收入稳定' } });
    const res = await call(RECORD, { input: measureInput(household.id) });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('input.monitoredHouseholdId');
  });

  test('a measure for a household the office does not monitor is NOT_FOUND', async () => {
    const res = await call(RECORD, { input: measureInput('00000000-0000-4000-a000-000000000000') });
    expectErrorCode(res, 'NOT_FOUND', 'recordSupportMeasure');
  });
});

describe('changeSupportMeasure', () => {
  test('a measure is completed on its last day, and the change is in its history', async () => {
    const measure = await record((await register()).id);
    const res = await call(CHANGE, { input: { id: measure.id, version: 1, status: 'COMPLETED', endDate: TODAY } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.changeSupportMeasure).toMatchObject({
      status: 'COMPLETED',
      endDate: TODAY,
      statusReason: null,
      version: 2,
      history: [{ operation: 'recordSupportMeasure' }, { operation: 'changeSupportMeasure' }],
    });
    const [row] = await kit.db.query('SELECT status, end_date, version FROM support_measure WHERE id = $1', [measure.id]);
    expect(row).toEqual({ status: 'COMPLETED', end_date: TODAY, version: 2 });
  });

  test.each([
    ['back to ACTIVE', { status: 'ACTIVE' }, 'input.status', /can become COMPLETED or TERMINATED/],
    ['terminating without a reason', { status: 'TERMINATED' }, 'input.reason', /required/],
    ['an end before the start', { status: 'COMPLETED', endDate: addDays(TODAY, -31) }, 'input.endDate', /not be before/],
    ['an end in the future', { status: 'COMPLETED', endDate: addDays(TODAY, 1) }, 'input.endDate', /future/],
    ['a reason of 501 characters', { status: 'TERMINATED', reason: 'x'.repeat(501) }, 'input.reason', /1-500/],
  ])('a change breaking the lifecycle (%s) is refused naming the field and changes nothing', async (_name, change, field, message) => {
    const measure = await record((await register()).id);
    const res = await call(CHANGE, { input: { id: measure.id, version: 1, endDate: TODAY, ...change } });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'changeSupportMeasure');
    expect(error.extensions!.field).toBe(field);
    expect(error.message).toMatch(message);
    const [row] = await kit.db.query('SELECT status, version FROM support_measure WHERE id = $1', [measure.id]);
    expect(row).toEqual({ status: 'ACTIVE', version: 1 });
  });

  test('a closed measure is final', async () => {
    const measure = await record((await register()).id);
    await call(CHANGE, { input: { id: measure.id, version: 1, status: 'TERMINATED', endDate: TODAY, reason: '迁出本县' } });
    const res = await call(CHANGE, { input: { id: measure.id, version: 2, status: 'COMPLETED', endDate: TODAY } });
    expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/^input\.status: the measure is TERMINATED, which is final/);
  });
});
