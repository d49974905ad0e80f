// Civil affairs' writes: registering persons and households, moves, and the assistance cases' lifecycle.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';
import { agencyTestKit } from '../../../test/support/agency';

// Caseworkers write civil affairs' records at the one-window intake.
const kit = agencyTestKit('civil-affairs', { people: 200, role: 'caseworker' });
const { post: call, count } = kit;
/** A valid ID number no seeded person has: born 1990 in 宛城区, sequence from a counter. */
const newIdNumber = idNumberSequence('411302', '1990-01-01', 500);

const REGISTER = kit.mutation('registerPerson', 'id name gender birthDate version');
const OPEN = kit.mutation('openAssistanceCase', 'id status version monthlyAmount');
const CHANGE = kit.mutation(
  'changeAssistanceCase',
  'id status version monthlyAmount endDate statusReason history { subject operation before after }',
);
const MOVE = kit.mutation('movePerson', 'household { id } relationToHead version');
const REGISTER_HOUSEHOLD = kit.mutation('registerHousehold', 'id head { id } size');

async function newHousehold() {
  const head = await kit.write(REGISTER, { idNumber: newIdNumber(), name: '王建国', regionCode: '411302' });
  const household = await kit.write(REGISTER_HOUSEHOLD, { regionCode: '411302', address: '宛城区人民路1号', headId: head.id });
  return household.id as string;
}

test('registering a person derives key, gender and birth date from the ID number', async () => {
  const idNumber = newIdNumber();
  const res = await kit.write(REGISTER, { idNumber, name: '李芳', regionCode: '411303' });
  expect(res).toMatchObject({ name: '李芳', gender: 'MALE', birthDate: '1990-01-01', version: 1 });
  expect(await count('SELECT count(*)::int AS count FROM person WHERE id_number = $1', [idNumber])).toBe(1);
});

test('registering a person enters civil affairs in the register of who holds records on them', async () => {
  const res = await kit.write(REGISTER, { idNumber: newIdNumber(), name: '孙丽', regionCode: '411302' });
  const rows = await kit.db.query('SELECT agency FROM person_record_holder WHERE person_key = $1', [res.id]);
  expect(rows).toEqual([{ agency: 'civil-affairs' }]);
});

test('an ID number with a wrong check character is refused naming the field and stores nothing', async () => {
  const input = { idNumber: '110105194912310021', name: '张三', regionCode: '411302' };
  await kit.refused(REGISTER, input, { field: 'input.idNumber', message: /^input\.idNumber: .*check character/ }, () =>
    kit.rowCounts('person'),
  );
});

test('a region code outside the city is refused naming the field', async () => {
  await kit.refused(REGISTER, { idNumber: newIdNumber(), name: '张三', regionCode: '110105' }, { field: 'input.regionCode' });
});

test('registering the same ID number twice is a CONFLICT naming the existing person', async () => {
  const idNumber = newIdNumber();
  const first = await kit.write(REGISTER, { idNumber, name: '赵六', regionCode: '411302' });
  const second = await call(REGISTER, { input: { idNumber, name: '赵六', regionCode: '411302' } });
  expect(expectErrorCode(second, 'CONFLICT').extensions!.existingId).toBe(first.id);
});

test('a case follows its lifecycle to ACTIVE and its history names who changed what', async () => {
  const householdId = await newHousehold();
  const opened = await kit.write(OPEN, {
    householdId,
    program: 'MINIMUM_LIVING_ALLOWANCE',
    startDate: '2026-10-01',
    perCapitaIncome: '210.00',
  });
  expect(opened).toMatchObject({ status: 'APPLIED', version: 1 });
  await kit.write(CHANGE, { id: opened.id, version: 1, status: 'UNDER_REVIEW' });
  const active = await kit.write(CHANGE, { id: opened.id, version: 2, status: 'ACTIVE', monthlyAmount: '570.00' });
  expect(active).toMatchObject({ status: 'ACTIVE', version: 3, monthlyAmount: '570.00' });
  const history = active.history;
  expect(history.map((h: any) => h.operation)).toEqual(['openAssistanceCase', 'changeAssistanceCase', 'changeAssistanceCase']);
  expect(history[2].subject).toBe('test-caseworker');
  expect(JSON.parse(history[2].before).status).toBe('UNDER_REVIEW');
  expect(JSON.parse(history[2].after)).toMatchObject({ status: 'ACTIVE', monthlyAmountFen: '57000' });
});

test.each([
  [
    'APPLIED straight to ACTIVE',
    [],
    { status: 'ACTIVE', monthlyAmount: '500.00' },
    'input.status',
    /cannot become ACTIVE; it can become UNDER_REVIEW or REJECTED/,
  ],
  ['rejecting without a reason', [], { status: 'REJECTED', endDate: '2026-10-05' }, 'input.reason', /required/],
  ['rejecting without an end date', [], { status: 'REJECTED', reason: 'income above standard' }, 'input.endDate', /required/],
  ['an end date before the start', [], { status: 'REJECTED', reason: 'x', endDate: '2026-09-01' }, 'input.endDate', /not be before/],
  ['activating 低保 without an amount', ['UNDER_REVIEW'], { status: 'ACTIVE' }, 'input.monthlyAmount', /above 0.00/],
])('a change breaking the lifecycle (%s) is refused naming the field and changes nothing', async (_name, steps, change, field, message) => {
  const householdId = await newHousehold();
  const opened = await kit.write(OPEN, { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-10-01' });
  const version = await kit.changeThrough(
    CHANGE,
    opened.id,
    (steps as string[]).map((status) => ({ status })),
  );
  await kit.refused(CHANGE, { id: opened.id, version, ...change }, { field, message }, () =>
    Promise.all([kit.versionOf('assistance_case', opened.id), kit.rowCounts('change_history')]),
  );
  expect(await kit.versionOf('assistance_case', opened.id)).toBe(version);
});

test.each([['-1.00'], ['1.234'], ['abc']])('a money amount of %j is refused with BAD_USER_INPUT naming the input field', async (amount) => {
  const householdId = await newHousehold();
  const res = await call(OPEN, {
    input: { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-10-01', monthlyAmount: amount },
  });
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('input.monthlyAmount');
});

test('a date that is not on the calendar is refused with BAD_USER_INPUT naming the input field', async () => {
  const householdId = await newHousehold();
  const res = await call(OPEN, { input: { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-02-30' } });
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe('input.startDate');
});

test('moving a person changes household, relation and region, and bumps the version', async () => {
  const from = await newHousehold();
  const to = await newHousehold();
  const member = await kit.write(REGISTER, { idNumber: newIdNumber(), name: '孙丽', householdId: from, relationToHead: 'SPOUSE' });
  const moved = await kit.write(MOVE, { personId: member.id, version: 1, toHouseholdId: to, relationToHead: 'CHILD' });
  expect(moved).toEqual({ household: { id: to }, relationToHead: 'CHILD', version: 2 });
});
