// Civil affairs against the real PostgreSQL server: lookups, lists, validation, identity.
import { RunningSubgraph } from '../../../shared/src/subgraph';
import { expectErrorCode, post, subgraphIdentity, walkList } from '../../../shared/src/testing/graphql';
import { AGENCY_NAMES } from '../../registry';
import { startTestSubgraph } from '../../../test/support/federation';

let subgraph: RunningSubgraph;
const as = async (role: string) => ({ authorization: `Bearer ${await subgraphIdentity('civil-affairs', role, AGENCY_NAMES)}` });

beforeAll(async () => {
  subgraph = await startTestSubgraph('civil-affairs', { people: 600 });
});
afterAll(() => subgraph.stop());

test('a caseworker finds a person by ID number and sees the full number', async () => {
  const [row] = await subgraph.db.query('SELECT key, id_number FROM person LIMIT 1');
  const res = await post(subgraph.url, 'query($n: String!) { personByIdNumber(idNumber: $n) { id idNumber name age } }', { n: row.id_number }, await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data?.personByIdNumber).toMatchObject({ id: row.key, idNumber: row.id_number });
});

test('an ID number with a wrong check character is refused naming the fault', async () => {
  const res = await post(subgraph.url, '{ personByIdNumber(idNumber: "110105194912310021") { id } }', {}, await as('caseworker'));
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.message).toMatch(/check character is 1 but the first 17 digits require X/);
});

test.each([
  ['program, status and region', '{ program: MINIMUM_LIVING_ALLOWANCE, status: ACTIVE, regionCode: "411302" }'],
  ['status alone', '{ status: ACTIVE }'],
])('households filtered by %s: the total counts exactly the households listed, page after page', async (_name, filter) => {
  const { ids, totalCount } = await walkList(subgraph.url, 'households', filter, 100, () => as('analyst'));
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids).size).toBe(ids.length);
  expect(totalCount).toBe(ids.length);
});

test('households filtered by program and status list only households with such a case', async () => {
  const res = await post(
    subgraph.url,
    '{ households(filter: { program: MINIMUM_LIVING_ALLOWANCE, status: ACTIVE }, first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id size assistanceCases { program status monthlyAmount } } } }',
    {},
    await as('caseworker'),
  );
  expect(res.errors).toBeUndefined();
  const conn = res.data!.households;
  expect(conn.nodes.length).toBeGreaterThan(0);
  for (const h of conn.nodes) {
    expect(h.assistanceCases.some((c: any) => c.program === 'MINIMUM_LIVING_ALLOWANCE' && c.status === 'ACTIVE')).toBe(true);
    expect(h.assistanceCases[0].monthlyAmount ?? '0.00').toMatch(/^\d+\.\d{2}$/);
  }
  const [{ count }] = await subgraph.db.query(
    "SELECT count(DISTINCT household_id)::int AS count FROM assistance_case WHERE program = 'MINIMUM_LIVING_ALLOWANCE' AND status = 'ACTIVE'",
  );
  expect(conn.totalCount).toBe(count);
});

test('an analyst sees of the ID number only its 6-digit region code', async () => {
  const [row] = await subgraph.db.query('SELECT key, id_number FROM person LIMIT 1');
  const res = await post(subgraph.url, 'query($id: ID!) { person(id: $id) { idNumber } }', { id: row.key }, await as('analyst'));
  expect(res.errors).toBeUndefined();
  expect(res.data?.person.idNumber).toBe(`${row.id_number.slice(0, 6)}************`);
});

test('an analyst gets the age in a 5-year band and not the exact age', async () => {
  const [row] = await subgraph.db.query("SELECT key, date_part('year', age(birth_date))::int AS age FROM person WHERE birth_date <= current_date - interval '20 years' LIMIT 1");
  const res = await post(subgraph.url, 'query($id: ID!) { person(id: $id) { age ageBand } }', { id: row.key }, await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', 'person.age');
  const from = Math.floor(row.age / 5) * 5;
  expect(res.data?.person).toEqual({ age: null, ageBand: `${from}-${from + 4}` });
});

test('a caseworker gets the exact age and its band', async () => {
  const [row] = await subgraph.db.query("SELECT key, date_part('year', age(birth_date))::int AS age FROM person LIMIT 1");
  const res = await post(subgraph.url, 'query($id: ID!) { person(id: $id) { age ageBand } }', { id: row.key }, await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data?.person.age).toBe(row.age);
  expect(res.data?.person.ageBand).toMatch(/^\d+-\d+$|^100\+$/);
});

test.each([
  ['a minimum age off a band edge', '{ minAge: 61 }', 'filter.minAge', /multiple of 5/],
  ['a maximum age off a band edge', '{ minAge: 60, maxAge: 62 }', 'filter.maxAge', /one less than a multiple of 5/],
])('an analyst\'s age filter with %s is refused, saying which ages are allowed', async (_name, filter, field, rule) => {
  const res = await post(subgraph.url, `{ persons(filter: ${filter}) { totalCount } }`, {}, await as('analyst'));
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions!.field).toBe(field);
  expect(error.message).toMatch(rule);
  expect(error.message).toMatch(/minAge: 35, maxAge: 39/);
  expect(res.data?.persons ?? null).toBeNull();
});

test('an analyst\'s age filter on band edges counts the people of those bands', async () => {
  const res = await post(subgraph.url, '{ persons(filter: { minAge: 35, maxAge: 39 }) { totalCount } }', {}, await as('analyst'));
  expect(res.errors).toBeUndefined();
  const [{ count }] = await subgraph.db.query(
    "SELECT count(*)::int AS count FROM person WHERE birth_date <= current_date - interval '35 years' AND birth_date > current_date - interval '40 years'",
  );
  expect(res.data!.persons.totalCount).toBe(count);
});

test('a caseworker may filter by any age', async () => {
  const res = await post(subgraph.url, '{ persons(filter: { minAge: 61, maxAge: 62 }) { totalCount } }', {}, await as('caseworker'));
  expect(res.errors).toBeUndefined();
  const [{ count }] = await subgraph.db.query(
    "SELECT count(*)::int AS count FROM person WHERE birth_date <= current_date - interval '61 years' AND birth_date > current_date - interval '63 years'",
  );
  expect(count).toBeGreaterThan(0);
  expect(res.data!.persons.totalCount).toBe(count);
});

test('analysts see no free-text reason or change history of a case, and keep its amounts', async () => {
  const query = '{ households(filter: { program: MINIMUM_LIVING_ALLOWANCE, status: ACTIVE }, first: 1) { nodes { assistanceCases { monthlyAmount statusReason history { at } } } } }';
  const analyst = await post(subgraph.url, query, {}, await as('analyst'));
  expectErrorCode(analyst, 'FORBIDDEN', 'households.nodes.0.assistanceCases.0.statusReason');
  expectErrorCode(analyst, 'FORBIDDEN', 'households.nodes.0.assistanceCases.0.history');
  expect(analyst.data!.households.nodes[0].assistanceCases[0]).toMatchObject({ statusReason: null, history: null, monthlyAmount: expect.stringMatching(/^\d+\.\d{2}$/) });
  const caseworker = await post(subgraph.url, query, {}, await as('caseworker'));
  expect(caseworker.errors).toBeUndefined();
});

test('an analyst reads no person\'s or household\'s change history', async () => {
  const [row] = await subgraph.db.query('SELECT key, household_id FROM person WHERE household_id IS NOT NULL LIMIT 1');
  const res = await post(subgraph.url, 'query($id: ID!) { person(id: $id) { history { at } household { history { at } } } }', { id: row.key }, await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', 'person.history');
  expectErrorCode(res, 'FORBIDDEN', 'person.household.history');
});

test('a request without the identity the gateway signs is refused', async () => {
  const res = await post(subgraph.url, '{ regions { code } }');
  expect(res.status).toBe(401);
  expectErrorCode(res, 'UNAUTHENTICATED');
});

test('a read appends one access-log entry naming the caller, purpose, persons and fields', async () => {
  const [row] = await subgraph.db.query('SELECT key FROM person ORDER BY key DESC LIMIT 1');
  await post(subgraph.url, 'query Look($id: ID!) { person(id: $id) { name age } }', { id: row.key }, await as('caseworker'));
  const res = await post(
    subgraph.url,
    'query($p: ID!) { civilAffairsAccessLog(filter: { personId: $p }) { totalCount nodes { subject role purpose operation personIds fields filters } } }',
    { p: row.key },
    await as('auditor'),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.civilAffairsAccessLog.totalCount).toBe(1);
  expect(res.data!.civilAffairsAccessLog.nodes[0]).toEqual({
    subject: 'test-caseworker', role: 'caseworker', purpose: 'CASE_REVIEW', operation: 'Look', personIds: [row.key], fields: ['Person.name', 'Person.age'],
    filters: JSON.stringify({ person: { id: row.key } }),
  });
});

test('the service cannot update, delete or truncate access-log rows', async () => {
  await post(subgraph.url, '{ regions { code } persons(first: 1) { nodes { ageBand } } }', {}, await as('analyst'));
  // The service's role has no such privilege; the owner's triggers refuse the same (test/database-roles.test.ts).
  await expect(subgraph.db.query("UPDATE access_log SET subject = 'someone else'")).rejects.toThrow(/permission denied/);
  await expect(subgraph.db.query('DELETE FROM access_log')).rejects.toThrow(/permission denied/);
  await expect(subgraph.db.query('TRUNCATE access_log')).rejects.toThrow(/permission denied/);
});

test('a caller without audit:read cannot read the access log', async () => {
  const res = await post(subgraph.url, '{ civilAffairsAccessLog { totalCount } }', {}, await as('caseworker'));
  expectErrorCode(res, 'FORBIDDEN', 'civilAffairsAccessLog');
});

test('resolving 500 persons and their households through _entities costs one statement per table', async () => {
  const rows = await subgraph.db.query('SELECT key FROM person ORDER BY key LIMIT 500');
  subgraph.counter.reset();
  const res = await post(
    subgraph.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id age household { id size } } } }',
    { r: rows.map((r: { key: string }) => ({ __typename: 'Person', id: r.key })) },
    await as('caseworker'),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toHaveLength(500);
  // persons by key, households by id, members by household id
  expect(subgraph.counter.count).toBe(3);
});

test('persons lists walk every page without repeats and count what they list', async () => {
  const seen = new Set<string>();
  let after: string | null = null;
  let total = 0;
  do {
    const res: any = await post(subgraph.url, 'query($after: String) { persons(filter: { minAge: 60 }, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id ageBand } } }', { after }, await as('analyst'));
    expect(res.errors).toBeUndefined();
    const conn = res.data.persons;
    total = conn.totalCount;
    for (const p of conn.nodes) {
      expect(seen.has(p.id)).toBe(false);
      expect(Number(p.ageBand.match(/^\d+/)[0])).toBeGreaterThanOrEqual(60);
      seen.add(p.id);
    }
    after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
  } while (after);
  const [{ count }] = await subgraph.db.query("SELECT count(*)::int AS count FROM person WHERE birth_date <= (current_date - interval '60 years')");
  expect(seen.size).toBe(count);
  expect(total).toBe(count);
});

test.each([
  ['an unknown region code', '{ households(filter: { regionCode: "110105" }) { totalCount } }', 'filter.regionCode'],
  ['a page size over 100', '{ households(first: 101) { totalCount } }', 'first'],
  ['a forged cursor', '{ households(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
  ['a malformed household id', '{ household(id: "1 OR 1=1") { id } }', 'id'],
  ['an SQL injection as a person id', `{ person(id: "p' OR '1'='1") { id } }`, 'id'],
])('%s is refused with BAD_USER_INPUT naming the field', async (_name, query, field) => {
  const res = await post(subgraph.url, query, {}, await as('caseworker'));
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions!.field).toBe(field);
});

test('twins and same-day cases come back in one order on every request: members by key, cases newest first then by id descending', async () => {
  // Each pair goes in with the larger key first. Without a tie-break on the key the sort leaves ties in the table's
  // order: twins larger key first, and same-day cases (the loader's list reversed) smaller id first.
  const twins = ['pTwinsOrderTest00000002', 'pTwinsOrderTest00000001'];
  // A household's head is among its members when the transaction commits: their mother heads it, written with it.
  const household: string = await subgraph.db.transaction(async (tx) => {
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
    await subgraph.db.query(
      "INSERT INTO assistance_case (id, household_id, region_code, program, status, start_date) VALUES ($1, $2, '411302', 'TEMPORARY_ASSISTANCE', 'TERMINATED', '2023-03-01')",
      [id, household],
    );
  }
  const [{ keys: byKey }] = await subgraph.db.query('SELECT array_agg(key ORDER BY key) AS keys FROM person WHERE household_id = $1', [household]);
  for (let request = 0; request < 20; request++) {
    const res = await post(subgraph.url, 'query($id: ID!) { household(id: $id) { members { id } assistanceCases { id } } }', { id: household }, await as('caseworker'));
    expect(res.errors).toBeUndefined();
    expect({ request, members: res.data!.household.members.map((m: { id: string }) => m.id) }).toEqual({ request, members: byKey });
    expect({ request, cases: res.data!.household.assistanceCases.map((c: { id: string }) => c.id) }).toEqual({ request, cases });
  }
});
