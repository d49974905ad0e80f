// A household always has exactly one head who is a member of it: the mutations refuse what would break it, and so does the database.
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('civil-affairs', { people: 200, role: 'caseworker' });
const call = (query: string, variables: Record<string, unknown> = {}) => kit.post(query, variables);
/** A valid ID number no seeded person has: born 1991 in 宛城区, sequence from a counter. */
const newIdNumber = idNumberSequence('411302', '1991-01-01', 100);

const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id version } }';
const HOUSEHOLD =
  'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id size head { id relationToHead } members { id relationToHead } } }';
const MOVE = 'mutation($input: MovePersonInput!) { movePerson(input: $input) { id household { id } relationToHead } }';

async function newPerson(input: Record<string, unknown> = { regionCode: '411302' }) {
  const res = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '刘洋', ...input } });
  expect(res.errors).toBeUndefined();
  return res.data!.registerPerson as { id: string; version: number };
}

async function newHousehold() {
  const head = await newPerson();
  const res = await call(HOUSEHOLD, { input: { regionCode: '411302', address: '宛城区新华路3号', headId: head.id } });
  expect(res.errors).toBeUndefined();
  const member = await newPerson({ householdId: res.data!.registerHousehold.id, relationToHead: 'SPOUSE' });
  return { id: res.data!.registerHousehold.id as string, head, member };
}

const personRow = async (key: string) =>
  (await kit.db.query('SELECT household_id, relation_to_head, version FROM person WHERE key = $1', [key]))[0];

/** Runs statements in one transaction as the service's database role; resolves with the error the commit (or a statement) raised. */
async function sqlError(statements: [string, unknown[]][]): Promise<{ code?: string; constraint?: string; message: string } | undefined> {
  try {
    await kit.db.transaction(async (tx) => {
      for (const [sql, params] of statements) await tx.query(sql, params);
    });
    return undefined;
  } catch (err) {
    const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string }; message: string };
    return { code: e.driverError?.code ?? e.code, constraint: e.driverError?.constraint ?? e.constraint, message: e.message };
  }
}

test('registering a household makes its head a member of it with the relation HEAD', async () => {
  const head = await newPerson();
  const res = await call(HOUSEHOLD, { input: { regionCode: '411302', address: '宛城区新华路5号', headId: head.id } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.registerHousehold).toMatchObject({
    size: 1,
    head: { id: head.id, relationToHead: 'HEAD' },
    members: [{ id: head.id, relationToHead: 'HEAD' }],
  });
  expect(await personRow(head.id)).toMatchObject({ household_id: res.data!.registerHousehold.id, relation_to_head: 'HEAD' });
});

test('registering a person as HEAD of a household that has its head is refused naming the rule', async () => {
  const household = await newHousehold();
  const res = await call(REGISTER, { input: { idNumber: newIdNumber(), name: '陈静', householdId: household.id, relationToHead: 'HEAD' } });
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions!.field).toBe('input.relationToHead');
  expect(error.message).toMatch(/exactly one head who is a member of it/);
});

test("moving a household's head out of it is refused naming the rule, and the head stays", async () => {
  const from = await newHousehold();
  const to = await newHousehold();
  const res = await call(MOVE, { input: { personId: from.head.id, version: 2, toHouseholdId: to.id, relationToHead: 'CHILD' } });
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions!.field).toBe('input.personId');
  expect(error.message).toMatch(new RegExp(`head of household ${from.id}.*exactly one head who is a member of it`));
  expect(await personRow(from.head.id)).toMatchObject({ household_id: from.id, relation_to_head: 'HEAD', version: 2 });
});

test('moving a person into a household as a second HEAD is refused naming the rule', async () => {
  const from = await newHousehold();
  const to = await newHousehold();
  const res = await call(MOVE, { input: { personId: from.member.id, version: 1, toHouseholdId: to.id, relationToHead: 'HEAD' } });
  expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/^input\.relationToHead: cannot be HEAD.*exactly one head/);
  expect(await personRow(from.member.id)).toMatchObject({ household_id: from.id, relation_to_head: 'SPOUSE' });
});

test('the head of a household cannot become the head of a new one, which would leave the first without a head', async () => {
  const household = await newHousehold();
  const res = await call(HOUSEHOLD, { input: { regionCode: '411302', address: '宛城区新华路7号', headId: household.head.id } });
  expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(new RegExp(`^input\\.headId: is the head of household ${household.id}`));
  expect(await personRow(household.head.id)).toMatchObject({ household_id: household.id, relation_to_head: 'HEAD' });
});

test('a member who is not the head may head a new household, leaving the old one with its head', async () => {
  const household = await newHousehold();
  const res = await call(HOUSEHOLD, { input: { regionCode: '411303', address: '卧龙区车站路1号', headId: household.member.id } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.registerHousehold.head).toEqual({ id: household.member.id, relationToHead: 'HEAD' });
  expect(await personRow(household.head.id)).toMatchObject({ household_id: household.id, relation_to_head: 'HEAD' });
});

test("the database refuses, at commit, a change that takes a household's head out of it", async () => {
  const from = await newHousehold();
  const to = await newHousehold();
  const error = await sqlError([["UPDATE person SET household_id = $2, relation_to_head = 'CHILD' WHERE key = $1", [from.head.id, to.id]]]);
  expect(error).toMatchObject({ code: '23514', constraint: 'household_has_its_head' });
  expect(error!.message).toMatch(new RegExp(`household ${from.id} would have no head among its members`));
  expect(await personRow(from.head.id)).toMatchObject({ household_id: from.id, relation_to_head: 'HEAD' });
});

test('the database refuses a second HEAD in one household', async () => {
  const household = await newHousehold();
  const error = await sqlError([["UPDATE person SET relation_to_head = 'HEAD' WHERE key = $1", [household.member.id]]]);
  expect(error).toMatchObject({ code: '23505', constraint: 'person_one_head_per_household' });
});

test('the database refuses a household whose head is not a member of it', async () => {
  const other = await newHousehold();
  const error = await sqlError([
    [
      "INSERT INTO household (id, region_code, address, head_key, registered_on) VALUES (gen_random_uuid(), '411302', '宛城区新华路9号', $1, '2026-01-01')",
      [other.member.id],
    ],
  ]);
  expect(error).toMatchObject({ code: '23514', constraint: 'household_has_its_head' });
});

test('every household of the seeded demo city has exactly one head, and that head is a member of it', async () => {
  const [counts] = await kit.db.query(`
    SELECT count(*)::int AS households,
           count(*) FILTER (WHERE heads = 1 AND head_is_member)::int AS with_one_head
      FROM (SELECT h.id,
                   (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.relation_to_head = 'HEAD') AS heads,
                   EXISTS (SELECT 1 FROM person p WHERE p.key = h.head_key AND p.household_id = h.id AND p.relation_to_head = 'HEAD') AS head_is_member
              FROM household h) per_household`);
  expect(counts.households).toBeGreaterThan(50);
  expect(counts.with_one_head).toBe(counts.households);
});
