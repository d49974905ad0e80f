// Civil affairs' writes: validation, one transaction, idempotent retries, stale versions, history.
import { randomUUID } from 'node:crypto';
import { checkCharacter } from '../../../shared/src/id-number';
import { RunningSubgraph } from '../../../shared/src/subgraph';
import { expectErrorCode, post, subgraphIdentity } from '../../../shared/src/testing/graphql';
import { faults } from '../../../shared/src/writes/mutation';
import { AGENCY_NAMES, INTAKE_AGENCIES } from '../../registry';
import { startTestSubgraph } from '../../../test/support/federation';

let subgraph: RunningSubgraph;
let seq = 0;
const as = async (role: string) => ({ authorization: `Bearer ${await subgraphIdentity('civil-affairs', role, AGENCY_NAMES, undefined, INTAKE_AGENCIES)}` });
const call = async (query: string, variables: Record<string, unknown> = {}, role = 'caseworker') => post(subgraph.url, query, variables, await as(role));

/** A valid ID number no seeded person has: born 1990 in 宛城区, sequence from a counter. */
function newIdNumber(): string {
  const first17 = `41130219900101${String(500 + ++seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

const REGISTER = `mutation($input: RegisterPersonInput!, $key: String) { registerPerson(input: $input, idempotencyKey: $key) { id name gender birthDate version } }`;
const OPEN = `mutation($input: OpenAssistanceCaseInput!, $key: String) { openAssistanceCase(input: $input, idempotencyKey: $key) { id status version monthlyAmount } }`;
const CHANGE = `mutation($input: ChangeAssistanceCaseInput!, $key: String) { changeAssistanceCase(input: $input, idempotencyKey: $key) { id status version monthlyAmount endDate statusReason history { subject operation before after } } }`;

async function newHousehold() {
  const head = (await call(REGISTER, { input: { idNumber: newIdNumber(), name: '王建国', regionCode: '411302' } })).data!.registerPerson;
  const res = await call('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id head { id } size } }', { input: { regionCode: '411302', address: '宛城区人民路1号', headId: head.id } });
  expect(res.errors).toBeUndefined();
  return res.data!.registerHousehold.id as string;
}

const count = async (sql: string, params: unknown[] = []) => (await subgraph.db.query(sql, params))[0].count as number;

beforeAll(async () => {
  subgraph = await startTestSubgraph('civil-affairs', { people: 200 });
});
afterAll(() => subgraph.stop());
afterEach(() => {
  faults.afterFirstChange = undefined;
});

test('registering a person derives key, gender and birth date from the ID number', async () => {
  const idNumber = newIdNumber();
  const res = await call(REGISTER, { input: { idNumber, name: '李芳', regionCode: '411303' } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.registerPerson).toMatchObject({ name: '李芳', gender: 'MALE', birthDate: '1990-01-01', version: 1 });
  expect(await count('SELECT count(*)::int AS count FROM person WHERE id_number = $1', [idNumber])).toBe(1);
});

test('registering a person enters civil affairs in the register of who holds records on them', async () => {
  const res = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '孙丽', regionCode: '411302' } });
  expect(res.errors).toBeUndefined();
  const rows = await subgraph.db.query('SELECT agency FROM person_record_holder WHERE person_key = $1', [res.data!.registerPerson.id]);
  expect(rows).toEqual([{ agency: 'civil-affairs' }]);
});

test('a registration that fails after its first write leaves no entry in the register either', async () => {
  const before = await count('SELECT count(*)::int AS count FROM person_record_holder');
  faults.afterFirstChange = () => {
    throw new Error('injected failure after the first write');
  };
  const res = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '孙丽', regionCode: '411302' } });
  expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(await count('SELECT count(*)::int AS count FROM person_record_holder')).toBe(before);
});

test('an ID number with a wrong check character is refused naming the field and stores nothing', async () => {
  const before = await count('SELECT count(*)::int AS count FROM person');
  const res = await call(REGISTER, { input: { idNumber: '110105194912310021', name: '张三', regionCode: '411302' } });
  expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/^input\.idNumber: .*check character/);
  expect(await count('SELECT count(*)::int AS count FROM person')).toBe(before);
});

test('a region code outside the city is refused naming the field', async () => {
  const res = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '张三', regionCode: '110105' } });
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('input.regionCode');
});

test('registering the same ID number twice is a CONFLICT naming the existing person', async () => {
  const idNumber = newIdNumber();
  const first = await call(REGISTER, { input: { idNumber, name: '赵六', regionCode: '411302' } });
  const second = await call(REGISTER, { input: { idNumber, name: '赵六', regionCode: '411302' } });
  expect(expectErrorCode(second, 'CONFLICT').extensions!.existingId).toBe(first.data!.registerPerson.id);
});

test('a case follows its lifecycle to ACTIVE and its history names who changed what', async () => {
  const householdId = await newHousehold();
  const opened = (await call(OPEN, { input: { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-10-01', perCapitaIncome: '210.00' } })).data!.openAssistanceCase;
  expect(opened).toMatchObject({ status: 'APPLIED', version: 1 });
  const review = await call(CHANGE, { input: { id: opened.id, version: 1, status: 'UNDER_REVIEW' } });
  const active = await call(CHANGE, { input: { id: opened.id, version: 2, status: 'ACTIVE', monthlyAmount: '570.00' } });
  expect(review.errors).toBeUndefined();
  expect(active.data!.changeAssistanceCase).toMatchObject({ status: 'ACTIVE', version: 3, monthlyAmount: '570.00' });
  const history = active.data!.changeAssistanceCase.history;
  expect(history.map((h: any) => h.operation)).toEqual(['openAssistanceCase', 'changeAssistanceCase', 'changeAssistanceCase']);
  expect(history[2].subject).toBe('test-caseworker');
  expect(JSON.parse(history[2].before).status).toBe('UNDER_REVIEW');
  expect(JSON.parse(history[2].after)).toMatchObject({ status: 'ACTIVE', monthlyAmountFen: '57000' });
});

test.each([
  ['APPLIED straight to ACTIVE', [], { status: 'ACTIVE', monthlyAmount: '500.00' }, 'input.status', /cannot become ACTIVE; it can become UNDER_REVIEW or REJECTED/],
  ['rejecting without a reason', [], { status: 'REJECTED', endDate: '2026-10-05' }, 'input.reason', /required/],
  ['rejecting without an end date', [], { status: 'REJECTED', reason: 'income above standard' }, 'input.endDate', /required/],
  ['an end date before the start', [], { status: 'REJECTED', reason: 'x', endDate: '2026-09-01' }, 'input.endDate', /not be before/],
  ['activating 低保 without an amount', ['UNDER_REVIEW'], { status: 'ACTIVE' }, 'input.monthlyAmount', /above 0.00/],
])('a change breaking the lifecycle (%s) is refused naming the field and changes nothing', async (_name, steps, change, field, message) => {
  const householdId = await newHousehold();
  const opened = (await call(OPEN, { input: { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-10-01' } })).data!.openAssistanceCase;
  let version = 1;
  for (const status of steps as string[]) {
    await call(CHANGE, { input: { id: opened.id, version, status } });
    version++;
  }
  const res = await call(CHANGE, { input: { id: opened.id, version, ...change } });
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions!.field).toBe(field);
  expect(error.message).toMatch(message);
  expect(await count('SELECT version AS count FROM assistance_case WHERE id = $1', [opened.id])).toBe(version);
});

test.each([['-1.00'], ['1.234'], ['abc']])('a money amount of %j is refused with BAD_USER_INPUT naming the input field', async (amount) => {
  const householdId = await newHousehold();
  const res = await call(OPEN, { input: { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-10-01', monthlyAmount: amount } });
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('input.monthlyAmount');
});

test('a date that is not on the calendar is refused with BAD_USER_INPUT naming the input field', async () => {
  const householdId = await newHousehold();
  const res = await call(OPEN, { input: { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-02-30' } });
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('input.startDate');
});

test('a retry with the same idempotency key returns the first answer and writes nothing again', async () => {
  const householdId = await newHousehold();
  const key = randomUUID();
  const input = { householdId, program: 'TEMPORARY_ASSISTANCE', startDate: '2026-10-01', oneOffAmount: '1500.00' };
  const first = await call(OPEN, { input, key });
  const retry = await call(OPEN, { input, key });
  expect(retry.data!.openAssistanceCase).toEqual(first.data!.openAssistanceCase);
  expect(await count('SELECT count(*)::int AS count FROM assistance_case WHERE household_id = $1', [householdId])).toBe(1);
  expect(await count("SELECT count(*)::int AS count FROM change_history WHERE entity_id = $1", [first.data!.openAssistanceCase.id])).toBe(1);
});

test('concurrent retries with one key create one record', async () => {
  const householdId = await newHousehold();
  const key = randomUUID();
  const input = { householdId, program: 'TEMPORARY_ASSISTANCE', startDate: '2026-10-02', oneOffAmount: '800.00' };
  const answers = await Promise.all(Array.from({ length: 5 }, () => call(OPEN, { input, key })));
  expect(new Set(answers.map((a) => a.data?.openAssistanceCase.id)).size).toBe(1);
  expect(await count('SELECT count(*)::int AS count FROM assistance_case WHERE household_id = $1', [householdId])).toBe(1);
});

test('an idempotency key reused for a different request is a CONFLICT', async () => {
  const householdId = await newHousehold();
  const key = randomUUID();
  await call(OPEN, { input: { householdId, program: 'TEMPORARY_ASSISTANCE', startDate: '2026-10-01', oneOffAmount: '100.00' }, key });
  const res = await call(OPEN, { input: { householdId, program: 'TEMPORARY_ASSISTANCE', startDate: '2026-10-01', oneOffAmount: '999.00' }, key });
  expect(expectErrorCode(res, 'CONFLICT').message).toMatch(/already used for a different request/);
});

test('a change sent with a stale version is refused with STALE_VERSION and changes nothing', async () => {
  const householdId = await newHousehold();
  const opened = (await call(OPEN, { input: { householdId, program: 'LOW_INCOME_CERTIFICATION', startDate: '2026-10-01' } })).data!.openAssistanceCase;
  await call(CHANGE, { input: { id: opened.id, version: 1, status: 'UNDER_REVIEW' } });
  const stale = await call(CHANGE, { input: { id: opened.id, version: 1, status: 'REJECTED', reason: 'duplicate', endDate: '2026-10-02' } });
  expect(expectErrorCode(stale, 'STALE_VERSION').extensions!.currentVersion).toBe(2);
  const [row] = await subgraph.db.query('SELECT status FROM assistance_case WHERE id = $1', [opened.id]);
  expect(row.status).toBe('UNDER_REVIEW');
});

test('a failure after the first write leaves nothing written', async () => {
  const headBefore = await count('SELECT count(*)::int AS count FROM household');
  const historyBefore = await count('SELECT count(*)::int AS count FROM change_history');
  const head = (await call(REGISTER, { input: { idNumber: newIdNumber(), name: '周敏', regionCode: '411302' } })).data!.registerPerson;
  faults.afterFirstChange = () => {
    throw new Error('injected failure after the first write');
  };
  const res = await call('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }', { input: { regionCode: '411302', address: '宛城区建设路2号', headId: head.id } });
  expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(await count('SELECT count(*)::int AS count FROM household')).toBe(headBefore);
  const [person] = await subgraph.db.query('SELECT household_id, version FROM person WHERE key = $1', [head.id]);
  expect(person).toEqual({ household_id: null, version: 1 });
  // registerPerson above wrote one history row; the failed registerHousehold wrote none.
  expect(await count('SELECT count(*)::int AS count FROM change_history')).toBe(historyBefore + 1);
});

test('moving a person changes household, relation and region, and bumps the version', async () => {
  const from = await newHousehold();
  const to = await newHousehold();
  const member = (await call(REGISTER, { input: { idNumber: newIdNumber(), name: '孙丽', householdId: from, relationToHead: 'SPOUSE' } })).data!.registerPerson;
  const res = await call('mutation($input: MovePersonInput!) { movePerson(input: $input) { household { id } relationToHead version } }', { input: { personId: member.id, version: 1, toHouseholdId: to, relationToHead: 'CHILD' } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.movePerson).toEqual({ household: { id: to }, relationToHead: 'CHILD', version: 2 });
});

test('an analyst may not write', async () => {
  const res = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '吴刚', regionCode: '411302' } }, 'analyst');
  expectErrorCode(res, 'FORBIDDEN', 'registerPerson');
});
