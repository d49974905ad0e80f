// An agency's identity view against the real PostgreSQL server: only persons the register says it holds records on.
import { checkCharacter } from '../../../shared/src/id-number';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('civil-affairs', { people: 600 });

const IDENTITY = 'query($id: ID!) { person(id: $id) { name idNumber birthDate age ageBand } }';

/** A person the register names `agency` for, and one it does not, with their ID numbers. */
async function heldAndNot(agency: string) {
  const [held] = await kit.db.query(
    'SELECT p.key, p.id_number, p.name FROM person p JOIN person_record_holder r ON r.person_key = p.key AND r.agency = $1 ORDER BY p.key LIMIT 1',
    [agency],
  );
  const [stranger] = await kit.db.query(
    'SELECT p.key, p.id_number FROM person p WHERE NOT EXISTS (SELECT 1 FROM person_record_holder r WHERE r.person_key = p.key AND r.agency = $1) ORDER BY p.key LIMIT 1',
    [agency],
  );
  return { held, stranger };
}

test('an education role sees the identity of a person education holds records on', async () => {
  const { held } = await heldAndNot('education');
  const res = await kit.post(IDENTITY, { id: held.key }, 'education');
  expect(res.errors).toBeUndefined();
  expect(res.data!.person).toMatchObject({
    name: held.name,
    idNumber: held.id_number,
    birthDate: expect.any(String),
    age: expect.any(Number),
  });
});

test('an education role gets no identity of a person education holds nothing on: FORBIDDEN naming the agency, the ID number masked', async () => {
  const { stranger } = await heldAndNot('education');
  const res = await kit.post(IDENTITY, { id: stranger.key }, 'education');
  for (const field of ['name', 'birthDate', 'age']) {
    expect(expectErrorCode(res, 'FORBIDDEN', `person.${field}`).message).toMatch(/education holds no records on this person/);
  }
  expect(res.data!.person).toEqual({
    name: null,
    idNumber: `${stranger.id_number.slice(0, 6)}************`,
    birthDate: null,
    age: null,
    ageBand: expect.any(String),
  });
});

test('civil affairs and caseworkers see the identity of anyone in the index', async () => {
  const { stranger } = await heldAndNot('education');
  for (const role of ['civil-affairs', 'caseworker']) {
    const res = await kit.post(IDENTITY, { id: stranger.key }, role);
    expect({ role, errors: res.errors }).toEqual({ role, errors: undefined });
    expect(res.data!.person.idNumber).toBe(stranger.id_number);
  }
});

test('an agency role sees the address of a household one of whose members it holds records on, and of no other', async () => {
  const [held] = await kit.db.query(
    `SELECT h.id, h.address FROM household h WHERE EXISTS (SELECT 1 FROM person p JOIN person_record_holder r ON r.person_key = p.key AND r.agency = 'disabled-persons' WHERE p.household_id = h.id)
     ORDER BY h.id LIMIT 1`,
  );
  const [other] = await kit.db.query(
    `SELECT h.id FROM household h WHERE NOT EXISTS (SELECT 1 FROM person p JOIN person_record_holder r ON r.person_key = p.key AND r.agency = 'disabled-persons' WHERE p.household_id = h.id)
     ORDER BY h.id LIMIT 1`,
  );
  const query = 'query($id: ID!) { household(id: $id) { address size } }';
  const seen = await kit.post(query, { id: held.id }, 'disabled-persons');
  expect(seen.errors).toBeUndefined();
  expect(seen.data!.household.address).toBe(held.address);
  const refused = await kit.post(query, { id: other.id }, 'disabled-persons');
  expect(expectErrorCode(refused, 'FORBIDDEN', 'household.address').message).toMatch(
    /disabled-persons holds no records on any member of this household/,
  );
  expect(refused.data!.household).toEqual({ address: null, size: expect.any(Number) });
});

test('an agency role finds by ID number only a person it holds records on; a number not in the index is refused alike', async () => {
  const { held, stranger } = await heldAndNot('health');
  const query = 'query($n: String!) { personByIdNumber(idNumber: $n) { id } }';
  const found = await kit.post(query, { n: held.id_number }, 'health');
  expect(found.errors).toBeUndefined();
  expect(found.data!.personByIdNumber).toEqual({ id: held.key });
  const first17 = '41130219900101777';
  for (const n of [stranger.id_number, first17 + checkCharacter(first17)]) {
    const res = await kit.post(query, { n }, 'health');
    expect(expectErrorCode(res, 'FORBIDDEN', 'personByIdNumber').message).toMatch(
      /health holds no records on the person with this ID number/,
    );
    expect(res.data?.personByIdNumber ?? null).toBeNull();
  }
});

test('a person the register does not yet name an agency for is refused to it: a missing entry fails closed', async () => {
  const { held } = await heldAndNot('trade-union');
  await kit.db.query("DELETE FROM person_record_holder WHERE person_key = $1 AND agency = 'trade-union'", [held.key]);
  try {
    const res = await kit.post(IDENTITY, { id: held.key }, 'trade-union');
    expectErrorCode(res, 'FORBIDDEN', 'person.name');
    expect(res.data!.person.name).toBeNull();
  } finally {
    await kit.db.query("INSERT INTO person_record_holder (person_key, agency) VALUES ($1, 'trade-union')", [held.key]);
  }
});

test("an agency role's names of 100 persons read the register in one statement", async () => {
  const rows = await kit.db.query('SELECT key FROM person ORDER BY key LIMIT 100');
  kit.counter.reset();
  const res = await kit.post(
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name idNumber } } }',
    { r: rows.map((r: { key: string }) => ({ __typename: 'Person', id: r.key })) },
    'housing',
  );
  expect(res.data!._entities).toHaveLength(100);
  expect(res.data!._entities.some((p: { name: string | null }) => p.name !== null)).toBe(true);
  expect(res.data!._entities.some((p: { name: string | null }) => p.name === null)).toBe(true);
  // persons by key, the register by person key
  expect(kit.counter.count).toBe(2);
});

test('a subgraph refuses a purpose the role may not give, though the gateway signed it', async () => {
  const [row] = await kit.db.query('SELECT key FROM person LIMIT 1');
  const res = await kit.post('query($id: ID!) { person(id: $id) { ageBand } }', { id: row.key }, 'analyst', 'CASE_REVIEW');
  expect(expectErrorCode(res, 'PURPOSE_NOT_ALLOWED', 'person.ageBand').message).toMatch(/STATISTICS, PROACTIVE_DISCOVERY/);
  expect(res.status).toBe(200);
});

test('a subgraph refuses a purpose that is not on the list, such as constructor', async () => {
  const [row] = await kit.db.query('SELECT key FROM person LIMIT 1');
  const res = await kit.post('query($id: ID!) { person(id: $id) { ageBand } }', { id: row.key }, 'caseworker', 'constructor');
  expectErrorCode(res, 'PURPOSE_REQUIRED', 'person.ageBand');
});
