// The benchmark's direct-SQL floor answers each contract operation with exactly the graph's data, and its HTTP face.
import { schemaNameOf } from '../shared/src/config';
import { post } from '../shared/src/testing/graphql';
import { AGENCY_NAMES } from '../subgraphs/registry';
import { createDirectSqlFloor, DirectSqlFloor, serveDirectSqlFloor } from '../scripts/bench/direct-sql';
import { contractOperation } from './support/contract';
import { Federation, startFederation } from './support/federation';

let graph: Federation;
let floor: DirectSqlFloor;

beforeAll(async () => {
  // 3,000 people: 71 active 低保 households, so DibaoHouseholdStudents has a second page.
  graph = await startFederation({ people: 3000 });
  floor = createDirectSqlFloor({
    databaseUrl: process.env.TEST_DATABASE_URL!,
    schemas: Object.fromEntries(AGENCY_NAMES.map((agency) => [agency, `${schemaNameOf(agency)}_${graph.tag}`])),
  });
  await recordCorrections();
});
afterAll(async () => {
  await floor?.close();
  await graph?.stop();
});

/** The graph's data for a contract operation; any error fails the test rather than hiding behind a null. */
async function graphData(operation: string, variables: Record<string, unknown>, role: string, purpose: string) {
  const res = await post(graph.gatewayUrl, contractOperation(operation), variables, await graph.as(role, purpose));
  expect(res.errors).toBeUndefined();
  return res.data;
}

/**
 * The demo city holds no revoked, reversed or ended rows and nobody with two housing-assistance records; these give
 * it some, so the rows the graph leaves out, the profiles that stay non-null with empty lists because of them, and
 * the order of housing assistance are in the samples. It gives it ties too: twins, two cases opened the same day,
 * two housing-assistance records and two union grants of one day, inserted against the order the graph lists them
 * in, so an ordering without the graph's id tie-break answers them the other way round.
 */
async function recordCorrections() {
  const run = (agency: string, sql: string) => graph.subgraphs[agency].db.query(sql);
  await run(
    'education',
    `UPDATE education_aid SET status = 'REVOKED', status_reason = 'floor test'
    WHERE id = (SELECT id FROM education_aid ORDER BY person_key, id LIMIT 1)`,
  );
  await run(
    'health',
    `UPDATE medical_assistance_settlement SET status = 'REVERSED', status_reason = 'floor test'
    WHERE id = (SELECT id FROM medical_assistance_settlement ORDER BY person_key, id LIMIT 1)`,
  );
  // The only housing record of its holder: the profile stays, with no properties.
  await run(
    'housing',
    `UPDATE property_holding SET ended_on = registered_on, end_reason = 'SOLD'
    WHERE id = (SELECT id FROM property_holding ph
      WHERE NOT EXISTS (SELECT 1 FROM housing_assistance ha WHERE ha.person_key = ph.person_key)
        AND (SELECT count(*) FROM property_holding o WHERE o.person_key = ph.person_key) = 1
      ORDER BY person_key LIMIT 1)`,
  );
  await run(
    'housing',
    `INSERT INTO housing_assistance (id, id_number, person_key, region_code, kind, status, amount_fen, start_date, end_date, status_reason)
    SELECT gen_random_uuid(), id_number, person_key, region_code, 'RENT_SUBSIDY', 'TERMINATED', 30000, start_date - 400, start_date - 35, 'floor test'
    FROM housing_assistance ORDER BY person_key LIMIT 1`,
  );
  // All the aid of a member with no difficult-worker file: the profile stays, with no aid.
  await run(
    'trade-union',
    `UPDATE union_aid SET status = 'REVOKED', revoked_on = granted_on, revoked_reason = 'floor test'
    WHERE person_key = (SELECT min(person_key) FROM union_aid u WHERE NOT EXISTS (SELECT 1 FROM difficult_worker_file f WHERE f.person_key = u.person_key))`,
  );
  // Ties. Members are listed by key (twins: the larger key goes in first); cases, housing assistance and union aid
  // newest first and, within a day, by id descending (the smaller id goes in first).
  // One statement, so one transaction: a household's head (their mother) is among its members when it commits.
  const [{ id: household }] = await run(
    'civil-affairs',
    `WITH h AS (
      INSERT INTO household (region_code, address, head_key, registered_on) VALUES ('411302', '双胞胎', 'pTwinsFloorTest00000000', '2020-01-01') RETURNING id
    ), members AS (
      INSERT INTO person (key, id_number, name, gender, birth_date, region_code, household_id, relation_to_head)
      SELECT m.key, m.id_number, m.name, m.gender, m.birth_date::date, '411302', h.id, m.relation FROM h, (VALUES
        ('pTwinsFloorTest00000000', '411302198506019980', '双胞胎之母', 'FEMALE', '1985-06-01', 'HEAD'),
        ('pTwinsFloorTest00000002', '411302201506019982', '双胞胎乙', 'MALE', '2015-06-01', 'CHILD'),
        ('pTwinsFloorTest00000001', '411302201506019991', '双胞胎甲', 'MALE', '2015-06-01', 'CHILD')) AS m (key, id_number, name, gender, birth_date, relation)
    ) SELECT id FROM h`,
  );
  await run(
    'civil-affairs',
    `INSERT INTO assistance_case (id, household_id, region_code, program, status, monthly_amount_fen, start_date) VALUES
    ('00000000-0000-4000-a000-0000000000a1', '${household}', '411302', 'TEMPORARY_ASSISTANCE', 'TERMINATED', 10000, '2023-03-01'),
    ('00000000-0000-4000-a000-0000000000b1', '${household}', '411302', 'TEMPORARY_ASSISTANCE', 'TERMINATED', 20000, '2023-03-01')`,
  );
  for (const [id, amount] of [
    ['00000000-0000-4000-a000-0000000000a2', 10000],
    ['00000000-0000-4000-a000-0000000000b2', 20000],
  ]) {
    await run(
      'housing',
      `INSERT INTO housing_assistance (id, id_number, person_key, region_code, kind, status, amount_fen, start_date, end_date, status_reason)
      SELECT '${id}', id_number, person_key, region_code, 'RENT_SUBSIDY', 'TERMINATED', ${amount}, start_date - 800, start_date - 435, 'floor test'
      FROM housing_assistance ORDER BY person_key, start_date DESC LIMIT 1`,
    );
    await run(
      'trade-union',
      `INSERT INTO union_aid (id, id_number, person_key, kind, amount_fen, granted_on)
      SELECT '${id}', id_number, person_key, 'MUTUAL_AID', ${amount}, granted_on FROM union_aid
      WHERE person_key = (SELECT person_key FROM union_aid WHERE status = 'GRANTED' GROUP BY person_key ORDER BY count(*) DESC, person_key LIMIT 1)
      ORDER BY granted_on DESC, id LIMIT 1`,
    );
  }
}

const keys = async (agency: string, sql: string) => ((await graph.subgraphs[agency].db.query(sql)) as { key: string }[]).map((r) => r.key);

/** The `n` persons with the most rows in an agency's list table: the lists whose order matters. */
const most = (agency: string, table: string, n = 2) =>
  keys(agency, `SELECT person_key AS key FROM ${table} GROUP BY person_key ORDER BY count(*) DESC, person_key LIMIT ${n}`);

/** Persons with records at every agency, the longest lists and the corrected rows among them. */
async function samplePersons(): Promise<string[]> {
  const samples = await Promise.all([
    most('education', 'enrollment'),
    most('education', 'education_aid'),
    keys('education', "SELECT person_key AS key FROM education_aid WHERE status = 'REVOKED'"),
    most('human-resources', 'employment_service'),
    most('human-resources', 'social_insurance_enrollment'),
    keys(
      'human-resources',
      'SELECT person_key AS key FROM social_insurance_enrollment WHERE contribution_base_fen IS NULL ORDER BY 1 LIMIT 1',
    ),
    most('health', 'medical_assistance_settlement'),
    keys('health', "SELECT person_key AS key FROM medical_assistance_settlement WHERE status = 'REVERSED'"),
    most('housing', 'property_holding'),
    most('housing', 'housing_assistance'),
    keys('housing', 'SELECT person_key AS key FROM property_holding WHERE ended_on IS NOT NULL'),
    most('trade-union', 'union_aid'),
    keys('trade-union', 'SELECT person_key AS key FROM difficult_worker_file ORDER BY 1 LIMIT 1'),
    keys('trade-union', "SELECT DISTINCT person_key AS key FROM union_aid WHERE status = 'REVOKED'"),
    most('disabled-persons', 'disability_subsidy'),
    keys(
      'disabled-persons',
      'SELECT person_key AS key FROM disability_certificate WHERE person_key NOT IN (SELECT person_key FROM disability_subsidy) ORDER BY 1 LIMIT 1',
    ),
    keys(
      'civil-affairs',
      'SELECT p.key FROM person p JOIN assistance_case c ON c.household_id = p.household_id GROUP BY p.key ORDER BY count(*) DESC, p.key LIMIT 1',
    ),
    keys('civil-affairs', 'SELECT key FROM person ORDER BY key DESC LIMIT 1'),
    keys(
      'housing',
      'SELECT person_key AS key FROM housing_assistance GROUP BY person_key, start_date HAVING count(*) > 1 ORDER BY 1 LIMIT 1',
    ),
    keys(
      'trade-union',
      "SELECT person_key AS key FROM union_aid WHERE status = 'GRANTED' GROUP BY person_key, granted_on HAVING count(*) > 1 ORDER BY 1 LIMIT 1",
    ),
    keys(
      'civil-affairs',
      'SELECT p.key FROM person p WHERE p.household_id IN (SELECT household_id FROM assistance_case GROUP BY household_id, start_date HAVING count(*) > 1) ORDER BY 1 LIMIT 1',
    ),
  ]);
  // A well-formed key nobody holds: the graph answers null.
  return [...new Set([...samples.flat(), `p${'A'.repeat(22)}`])];
}

async function sampleHouseholds(): Promise<string[]> {
  const rows = (await graph.subgraphs['civil-affairs'].db.query(
    `(SELECT household_id AS id FROM person GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 4)
     UNION (SELECT household_id FROM assistance_case GROUP BY household_id ORDER BY count(*) DESC, household_id LIMIT 3)
     UNION (SELECT id FROM household WHERE head_key IS NULL OR id NOT IN (SELECT household_id FROM assistance_case) ORDER BY id LIMIT 2)
     UNION (SELECT household_id FROM person GROUP BY household_id, relation_to_head, birth_date HAVING count(*) > 1 ORDER BY household_id LIMIT 2)
     UNION (SELECT household_id FROM assistance_case GROUP BY household_id, start_date HAVING count(*) > 1 ORDER BY household_id LIMIT 2)`,
  )) as { id: string }[];
  return [...rows.map((r) => r.id), '00000000-0000-4000-a000-000000000000'];
}

test.each([
  { operation: 'PersonView', sample: samplePersons, atLeast: 20 },
  { operation: 'HouseholdView', sample: sampleHouseholds, atLeast: 10 },
] as const)("the floor's $operation is the graph's $operation, field for field", async ({ operation, sample, atLeast }) => {
  const ids = await sample();
  expect(ids.length).toBeGreaterThanOrEqual(atLeast);
  for (const id of ids) {
    const expected = await graphData(operation, { id }, 'caseworker', 'CASE_REVIEW');
    expect({ id, data: await floor[operation]({ id }) }).toEqual({ id, data: expected });
  }
});

// The contract runs with a caseworker's token: an analyst gets age bands and no school names, not the page as written.
test("the floor's first two pages of DibaoHouseholdStudents are the graph's, as a caseworker sees them", async () => {
  let after: string | null = null;
  for (const page of [1, 2]) {
    const expected = await graphData('DibaoHouseholdStudents', { after }, 'caseworker', 'PROACTIVE_DISCOVERY');
    expect({ page, data: await floor.DibaoHouseholdStudents({ after }) }).toEqual({ page, data: expected });
    expect(expected!.households.pageInfo.hasNextPage).toBe(page === 1);
    after = expected!.households.pageInfo.endCursor;
  }
});

test("the floor's DibaoHouseholdStudents of one county is the graph's", async () => {
  const [{ region_code: regionCode }] = await graph.subgraphs['civil-affairs'].db.query(
    "SELECT region_code FROM assistance_case WHERE program = 'MINIMUM_LIVING_ALLOWANCE' AND status = 'ACTIVE' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
  );
  const expected = await graphData('DibaoHouseholdStudents', { regionCode }, 'caseworker', 'PROACTIVE_DISCOVERY');
  expect(await floor.DibaoHouseholdStudents({ regionCode })).toEqual(expected);
});

/** Runs `use` against the floor served on a free port, then stops serving. */
async function withServer(use: (call: (path: string, body: string) => Promise<Response>) => Promise<void>) {
  const server = await serveDirectSqlFloor(floor, 0);
  try {
    await use((path, body) => fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
  } finally {
    await server.close();
  }
}

test('the floor\'s HTTP server answers POST /<operation> {"variables": …} with 200 {"data": …}', () =>
  withServer(async (call) => {
    const res = await call('/DibaoHouseholdStudents', JSON.stringify({ variables: { regionCode: null } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: await floor.DibaoHouseholdStudents({}) });
  }));

test("the floor's HTTP server answers 404 for an unknown operation and 400 for a bad body", () =>
  withServer(async (call) => {
    expect((await call('/NoSuchOperation', '{"variables":{}}')).status).toBe(404);
    expect((await call('/PersonView', '{"variables":')).status).toBe(400);
    expect((await call('/PersonView', '[]')).status).toBe(400);
    expect((await call('/PersonView', '{"variables":{"id":42}}')).status).toBe(400);
    expect((await call('/PersonView', '{"variables":{"id":"not a key"}}')).status).toBe(400);
    expect((await call('/DibaoHouseholdStudents', '{"variables":{"after":"not a cursor"}}')).status).toBe(400);
  }));
