// Civil affairs' writes: registering persons and households, moves, and the assistance cases' lifecycle.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';
import { agencyTestKit } from '../../../test/support/agency';

// Caseworkers write civil affairs' records at the one-window intake.
const kit = agencyTestKit('civil-affairs', { people: 200, role: 'caseworker' });
const { post: call, count } = kit;
let seq = 0;
/** A valid ID number no seeded person has: born 1990 in 宛城区, sequence from a counter. */
const newIdNumber = () => testIdNumber('411302', '1990-01-01', 500 + ++seq);

const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id name gender birthDate version } }`;
const OPEN = `mutation($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id status version monthlyAmount } }`;
const CHANGE = `mutation($input: ChangeAssistanceCaseInput!) { changeAssistanceCase(input: $input) { id status version monthlyAmount endDate statusReason history { subject operation before after } } }`;

async function newHousehold() {
  const head = (await call(REGISTER, { input: { idNumber: newIdNumber(), name: '王建国', regionCode: '411302' } })).data!.registerPerson;
  const res = await call('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id head { id } size } }', {
    input: { regionCode: '411302', address: '宛城区人民路1号', headId: head.id },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.registerHousehold.id as string;
}

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
  const rows = await kit.db.query('SELECT agency FROM person_record_holder WHERE person_key = $1', [res.data!.registerPerson.id]);
  expect(rows).toEqual([{ agency: 'civil-affairs' }]);
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
  const opened = (
    await call(OPEN, { input: { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-10-01', perCapitaIncome: '210.00' } })
  ).data!.openAssistanceCase;
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
  const opened = (await call(OPEN, { input: { householdId, program: 'MINIMUM_LIVING_ALLOWANCE', startDate: '2026-10-01' } })).data!
    .openAssistanceCase;
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
  const member = (await call(REGISTER, { input: { idNumber: newIdNumber(), name: '孙丽', householdId: from, relationToHead: 'SPOUSE' } }))
    .data!.registerPerson;
  const res = await call('mutation($input: MovePersonInput!) { movePerson(input: $input) { household { id } relationToHead version } }', {
    input: { personId: member.id, version: 1, toHouseholdId: to, relationToHead: 'CHILD' },
  });
  expect(res.errors).toBeUndefined();
  expect(res.data!.movePerson).toEqual({ household: { id: to }, relationToHead: 'CHILD', version: 2 });
});
