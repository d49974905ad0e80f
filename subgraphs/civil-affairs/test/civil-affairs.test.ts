// Civil affairs' reads against the real PostgreSQL server: lookups, what the lists' filters mean, the analyst's masks, batching, order.
// Refusals, views per role, paging, bad filters and the access log: contract.test.ts.
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('civil-affairs', { people: 600 });

test('a caseworker finds a person by ID number and sees the full number', async () => {
  const [row] = await kit.db.query('SELECT key, id_number FROM person LIMIT 1');
  const res = await kit.post(
    'query($n: String!) { personByIdNumber(idNumber: $n) { id idNumber name age } }',
    { n: row.id_number },
    'caseworker',
  );
  expect(res.errors).toBeUndefined();
  expect(res.data?.personByIdNumber).toMatchObject({ id: row.key, idNumber: row.id_number });
});

test('an ID number with a wrong check character is refused naming the fault', async () => {
  const res = await kit.post('{ personByIdNumber(idNumber: "110105194912310021") { id } }', {}, 'caseworker');
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.message).toMatch(/check character is 1 but the first 17 digits require X/);
});

test('households filtered by program and status list only households with such a case', async () => {
  const res = await kit.post(
    '{ households(filter: { program: MINIMUM_LIVING_ALLOWANCE, status: ACTIVE }, first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id size assistanceCases { program status monthlyAmount } } } }',
    {},
    'caseworker',
  );
  expect(res.errors).toBeUndefined();
  const conn = res.data!.households;
  expect(conn.nodes.length).toBeGreaterThan(0);
  for (const h of conn.nodes) {
    expect(h.assistanceCases.some((c: any) => c.program === 'MINIMUM_LIVING_ALLOWANCE' && c.status === 'ACTIVE')).toBe(true);
    expect(h.assistanceCases[0].monthlyAmount ?? '0.00').toMatch(/^\d+\.\d{2}$/);
  }
  const [{ count }] = await kit.db.query(
    "SELECT count(DISTINCT household_id)::int AS count FROM assistance_case WHERE program = 'MINIMUM_LIVING_ALLOWANCE' AND status = 'ACTIVE'",
  );
  expect(conn.totalCount).toBe(count);
});

test('an analyst sees of the ID number only its 6-digit region code', async () => {
  const [row] = await kit.db.query('SELECT key, id_number FROM person LIMIT 1');
  const res = await kit.post('query($id: ID!) { person(id: $id) { idNumber } }', { id: row.key }, 'analyst');
  expect(res.errors).toBeUndefined();
  expect(res.data?.person.idNumber).toBe(`${row.id_number.slice(0, 6)}************`);
});

test('an analyst gets the age in a 5-year band and not the exact age', async () => {
  const [row] = await kit.db.query(
    "SELECT key, date_part('year', age(birth_date))::int AS age FROM person WHERE birth_date <= current_date - interval '20 years' LIMIT 1",
  );
  const res = await kit.post('query($id: ID!) { person(id: $id) { age ageBand } }', { id: row.key }, 'analyst');
  expectErrorCode(res, 'FORBIDDEN', 'person.age');
  const from = Math.floor(row.age / 5) * 5;
  expect(res.data?.person).toEqual({ age: null, ageBand: `${from}-${from + 4}` });
});

test('a caseworker gets the exact age and its band', async () => {
  const [row] = await kit.db.query("SELECT key, date_part('year', age(birth_date))::int AS age FROM person LIMIT 1");
  const res = await kit.post('query($id: ID!) { person(id: $id) { age ageBand } }', { id: row.key }, 'caseworker');
  expect(res.errors).toBeUndefined();
  expect(res.data?.person.age).toBe(row.age);
  expect(res.data?.person.ageBand).toMatch(/^\d+-\d+$|^100\+$/);
});

test.each([
  ['a minimum age off a band edge', '{ minAge: 61 }', 'filter.minAge', /multiple of 5/],
  ['a maximum age off a band edge', '{ minAge: 60, maxAge: 62 }', 'filter.maxAge', /one less than a multiple of 5/],
])("an analyst's age filter with %s is refused, saying which ages are allowed", async (_name, filter, field, rule) => {
  const res = await kit.post(`{ persons(filter: ${filter}) { totalCount } }`, {}, 'analyst');
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions!.field).toBe(field);
  expect(error.message).toMatch(rule);
  expect(error.message).toMatch(/minAge: 35, maxAge: 39/);
  expect(res.data?.persons ?? null).toBeNull();
});

test("an analyst's age filter on band edges counts the people of those bands", async () => {
  const res = await kit.post('{ persons(filter: { minAge: 35, maxAge: 39 }) { totalCount } }', {}, 'analyst');
  expect(res.errors).toBeUndefined();
  const [{ count }] = await kit.db.query(
    "SELECT count(*)::int AS count FROM person WHERE birth_date <= current_date - interval '35 years' AND birth_date > current_date - interval '40 years'",
  );
  expect(res.data!.persons.totalCount).toBe(count);
});

test('a caseworker may filter by any age', async () => {
  const res = await kit.post('{ persons(filter: { minAge: 61, maxAge: 62 }) { totalCount } }', {}, 'caseworker');
  expect(res.errors).toBeUndefined();
  const [{ count }] = await kit.db.query(
    "SELECT count(*)::int AS count FROM person WHERE birth_date <= current_date - interval '61 years' AND birth_date > current_date - interval '63 years'",
  );
  expect(count).toBeGreaterThan(0);
  expect(res.data!.persons.totalCount).toBe(count);
});

test('resolving 500 persons and their households through _entities costs one statement per table', async () => {
  const keys = await kit.keys('SELECT key FROM person ORDER BY key LIMIT 500');
  const { statements } = await kit.resolveCounted(keys, 'id age household { id size }', 'caseworker');
  // persons by key, households by id, members by household id
  expect(statements).toBe(3);
});

test('persons of 60 and over are exactly those SQL finds', async () => {
  const expected = await kit.keys("SELECT key FROM person WHERE birth_date <= (current_date - interval '60 years')");
  await kit.expectListed('persons', { minAge: 60 }, 100, expected, { anyOrder: true });
});

test.each([
  ['a malformed household id', '{ household(id: "1 OR 1=1") { id } }', 'id'],
  ['an SQL injection as a person id', `{ person(id: "p' OR '1'='1") { id } }`, 'id'],
])('%s is refused with BAD_USER_INPUT naming the field', async (_name, query, field) => {
  const res = await kit.post(query, {}, 'caseworker');
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe(field);
});

test('twins and same-day cases come back in one order on every request: members by key, cases newest first then by id descending', async () => {
  // Each pair goes in with the larger key first. Without a tie-break on the key the sort leaves ties in the table's
  // order: twins larger key first, and same-day cases (the loader's list reversed) smaller id first.
  const twins = ['pTwinsOrderTest00000002', 'pTwinsOrderTest00000001'];
  // A household's head is among its members when the transaction commits: their mother heads it, written with it.
  const household: string = await kit.db.transaction(async (tx) => {
    const [{ id }] = await tx.query(
      "INSERT INTO household (region_code, address, head_key, registered_on) VALUES ('411302', '双胞胎测试户', 'pTwinsOrderTest00000000', '2020-01-01') RETURNING id",
    );
    await tx.query(
      "INSERT INTO person (key, id_number, name, gender, birth_date, region_code, household_id, relation_to_head) VALUES ('pTwinsOrderTest00000000', '411302198506019980', '双胞胎之母', 'FEMALE', '1985-06-01', '411302', $1, 'HEAD')",
      [id],
    );
    for (const [i, key] of twins.entries()) {
      await tx.query(
        "INSERT INTO person (key, id_number, name, gender, birth_date, region_code, household_id, relation_to_head) VALUES ($1, $2, $3, 'FEMALE', '2015-06-01', '411302', $4, 'CHILD')",
        [key, `41130220150601998${i}`, `双胞胎${i}`, id],
      );
    }
    return id;
  });
  const cases = ['00000000-0000-4000-a000-00000000000f', '00000000-0000-4000-a000-00000000000a'];
  for (const id of cases) {
    await kit.db.query(
      "INSERT INTO assistance_case (id, household_id, region_code, program, status, start_date) VALUES ($1, $2, '411302', 'TEMPORARY_ASSISTANCE', 'TERMINATED', '2023-03-01')",
      [id, household],
    );
  }
  const [{ keys: byKey }] = await kit.db.query('SELECT array_agg(key ORDER BY key) AS keys FROM person WHERE household_id = $1', [
    household,
  ]);
  for (let request = 0; request < 20; request++) {
    const res = await kit.post(
      'query($id: ID!) { household(id: $id) { members { id } assistanceCases { id } } }',
      { id: household },
      'caseworker',
    );
    expect(res.errors).toBeUndefined();
    expect({ request, members: res.data!.household.members.map((m: { id: string }) => m.id) }).toEqual({ request, members: byKey });
    expect({ request, cases: res.data!.household.assistanceCases.map((c: { id: string }) => c.id) }).toEqual({ request, cases });
  }
});
