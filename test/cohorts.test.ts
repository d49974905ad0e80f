// Cohorts across agencies through the real gateway (issue 14): civil affairs combines its own lists with the person
// keys other agencies answer for the analyst over the graph, and the answer is the same question asked of every
// agency's tables directly; an agency that cannot answer fails the cohort, naming it, and is never read as no one.
import { readFileSync } from 'node:fs';
import { cityToday } from '../shared/src/dates';
import { projectPath } from '../shared/src/paths';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, post, walkConnection } from '../shared/src/testing/graphql';
import { Federation, startFederation } from './support/federation';
import { CuttableProxy } from './support/processes';

let graph: Federation;
let civil: RunningSubgraph;
let disabled: RunningSubgraph;
let hr: RunningSubgraph;
/** The disabled persons' federation as the gateway reaches it: through a proxy a test cuts to take it down. */
let disabledLink: CuttableProxy;

/** The analyst asks for STATISTICS, the role's first purpose. */
const analyst = () => graph.as('analyst');

const COHORT = `query($condition: CohortCondition!, $first: Int, $after: String) {
  cohort(condition: $condition, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}`;

/** Every person of a cohort as the analyst walks it with pages of `first`: ids in order, and each page's totalCount. */
async function walk(query: string, variables: Record<string, unknown>, first: number) {
  const headers = await analyst();
  const { ids, totalCounts } = await walkConnection('cohort', (after) =>
    post(graph.gatewayUrl, query, { ...variables, first, after }, headers),
  );
  return { ids, counts: totalCounts };
}

/** The first column of each row, as a set. */
const keysIn = async (db: RunningSubgraph['db'], sql: string) =>
  new Set(((await db.query(sql)) as Record<string, string>[]).map((r) => Object.values(r)[0]));
/** Keys in the order a cohort gives them: as strings compare (code points). */
const inKeyOrder = (keys: Iterable<string>) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const ACTIVE_DIBAO_MEMBERS = `SELECT key FROM person WHERE household_id IN (
  SELECT household_id FROM assistance_case WHERE program = 'MINIMUM_LIVING_ALLOWANCE' AND status = 'ACTIVE')`;

beforeAll(async () => {
  graph = await startFederation({
    only: ['civil-affairs', 'disabled-persons', 'human-resources'],
    people: 4000,
    cuttable: 'disabled-persons',
    acting: ['civil-affairs'],
    subject: 'cohort',
  });
  ({ 'civil-affairs': civil, 'disabled-persons': disabled, 'human-resources': hr } = graph.subgraphs);
  disabledLink = graph.link!;
}, 180_000);

afterAll(() => graph?.stop());

test('a three-agency cohort is, person for person, the same question asked of each agency’s tables', async () => {
  // Members of active 低保 households who are disabled or registered unemployed, and not employed.
  const condition = {
    and: [
      { households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } },
      { or: [{ disabledPersons: {} }, { jobSeekers: { registeredUnemployed: true } }] },
      { not: { jobSeekers: { status: 'EMPLOYED' } } },
    ],
  };
  const members = await keysIn(civil.db, ACTIVE_DIBAO_MEMBERS);
  const certified = await keysIn(disabled.db, 'SELECT person_key FROM disability_certificate');
  const unemployed = await keysIn(hr.db, 'SELECT person_key FROM employment_record WHERE registered_unemployed');
  const employed = await keysIn(hr.db, "SELECT person_key FROM employment_record WHERE status = 'EMPLOYED'");
  const expected = inKeyOrder([...members].filter((k) => (certified.has(k) || unemployed.has(k)) && !employed.has(k)));
  expect(expected.length).toBeGreaterThan(6);

  const { ids, counts } = await walk(COHORT, { condition }, 5);
  expect(ids).toEqual(expected);
  expect(new Set(counts)).toEqual(new Set([expected.length]));
});

test('a cohort whose small side asks the large lists about its keys is, person for person, what the tables say', async () => {
  // The members of active 低保 households are few beside human resources' lists: those are asked with `among`, not read.
  const condition = {
    and: [
      { households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } },
      { insuredPersons: {} },
      { not: { jobSeekers: { status: 'EMPLOYED' } } },
    ],
  };
  const members = await keysIn(civil.db, ACTIVE_DIBAO_MEMBERS);
  const insured = await keysIn(hr.db, 'SELECT person_key FROM social_insurance_enrollment');
  const employed = await keysIn(hr.db, "SELECT person_key FROM employment_record WHERE status = 'EMPLOYED'");
  expect(employed.size).toBeGreaterThan(4 * members.size);
  const expected = inKeyOrder([...members].filter((k) => insured.has(k) && !employed.has(k)));
  expect(expected.length).toBeGreaterThan(6);

  const { ids, counts } = await walk(COHORT, { condition }, 7);
  expect(ids).toEqual(expected);
  expect(new Set(counts)).toEqual(new Set([expected.length]));

  // Human resources was asked about the members' keys, as the analyst, and logged only the persons it answered.
  const res = await post(graph.gatewayUrl, COHORT, { condition, first: 3 }, await analyst());
  expect(res.errors).toBeUndefined();
  const [entry] = await civil.db.query(
    "SELECT request_id FROM access_log WHERE subject = 'cohort-analyst' AND filters ? 'cohort' ORDER BY id DESC LIMIT 1",
  );
  const reads: { person_keys: string[]; filters: Record<string, { among?: string }> }[] = await hr.db.query(
    "SELECT person_keys, filters FROM access_log WHERE client_request_id = $1 AND subject = 'cohort-analyst'",
    [entry.request_id],
  );
  const probes = reads.filter((r) => Object.values(r.filters ?? {}).some((f) => f.among));
  expect(
    probes
      .map((r) => Object.keys(r.filters))
      .flat()
      .sort(),
  ).toEqual(['insuredPersonsCohortKeys', 'jobSeekersCohortKeys']);
  for (const probe of probes) for (const key of probe.person_keys) expect(members.has(key)).toBe(true);
});

/** Ends the severe-care subsidies of up to `n` grade 1-2 members of active 低保 households, as the federation records it. */
async function endSevereCare(n: number) {
  const members = await keysIn(civil.db, ACTIVE_DIBAO_MEMBERS);
  const subsidies: { id: string; version: number; person_key: string; start_date: string }[] = await disabled.db.query(
    `SELECT s.id, s.version, s.person_key, to_char(s.start_date, 'YYYY-MM-DD') AS start_date FROM disability_subsidy s
      JOIN disability_certificate c ON c.person_key = s.person_key
      WHERE c.grade IN (1, 2) AND s.kind = 'SEVERE_CARE' AND s.status = 'ACTIVE' AND s.start_date <= current_date ORDER BY s.id`,
  );
  const headers = await graph.as('disabled-persons', 'CASE_REVIEW');
  for (const s of subsidies.filter((s) => members.has(s.person_key)).slice(0, n)) {
    const res = await post(
      graph.gatewayUrl,
      'mutation($input: ChangeDisabilitySubsidyInput!) { changeDisabilitySubsidy(input: $input) { status } }',
      { input: { id: s.id, version: s.version, status: 'TERMINATED', endDate: cityToday(), reason: '护理补贴停发（测试）' } },
      headers,
    );
    expect(res.errors).toBeUndefined();
  }
}

test('the saved cohort of 低保 members with a grade 1-2 certificate and no severe-care subsidy runs for an analyst, as the tables say', async () => {
  // The demo city pays most of them the subsidy: ending some makes the cohort larger than one person.
  await endSevereCare(3);
  const members = await keysIn(civil.db, ACTIVE_DIBAO_MEMBERS);
  const uncared = await keysIn(
    disabled.db,
    `SELECT c.person_key FROM disability_certificate c WHERE c.grade IN (1, 2) AND NOT EXISTS (
       SELECT 1 FROM disability_subsidy s WHERE s.person_key = c.person_key AND s.kind = 'SEVERE_CARE' AND s.status = 'ACTIVE')`,
  );
  const expected = inKeyOrder([...members].filter((k) => uncared.has(k)));
  expect(expected.length).toBeGreaterThan(2);

  const saved = readFileSync(projectPath('test', 'operations', 'CohortDibaoSevereDisabledWithoutCare.graphql'), 'utf8');
  const { ids, counts } = await walk(saved, {}, 1);
  expect(ids).toEqual(expected);
  expect(new Set(counts)).toEqual(new Set([expected.length]));
});

test('paging a cohort with its cursors lists every person once, and every page counts the whole cohort', async () => {
  const condition = { and: [{ disabledPersons: { grades: [1, 2, 3] } }, { not: { jobSeekers: { status: 'EMPLOYED' } } }] };
  const certified = await keysIn(disabled.db, 'SELECT person_key FROM disability_certificate WHERE grade IN (1, 2, 3)');
  const employed = await keysIn(hr.db, "SELECT person_key FROM employment_record WHERE status = 'EMPLOYED'");
  const expected = inKeyOrder([...certified].filter((k) => !employed.has(k)));
  expect(expected.length).toBeGreaterThan(60);

  const { ids, counts } = await walk(COHORT, { condition }, 17);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expected);
  expect(new Set(counts)).toEqual(new Set([expected.length]));
});

test("the analyst's cohort is on the other agency's access log as the analyst's read, civil affairs' service acting, with the purpose", async () => {
  const condition = { and: [{ households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } }, { disabledPersons: {} }] };
  const res = await post(graph.gatewayUrl, COHORT, { condition, first: 3 }, await analyst());
  expect(res.errors).toBeUndefined();
  const page = res.data!.cohort.nodes.map((n: { id: string }) => n.id);
  expect(page.length).toBeGreaterThan(0);
  // Civil affairs' entry: the page's persons and the condition; the gateway's request id ties the agencies' entries.
  const [entry] = await civil.db.query(
    "SELECT request_id, person_keys, filters FROM access_log WHERE subject = 'cohort-analyst' AND filters ? 'cohort' ORDER BY id DESC LIMIT 1",
  );
  expect([...entry.person_keys].sort()).toEqual([...page].sort());
  expect(entry.filters.cohort.condition).toEqual(condition);
  const reads = await disabled.db.query(
    'SELECT subject, role, purpose, actor, person_keys, filters FROM access_log WHERE client_request_id = $1',
    [entry.request_id],
  );
  expect(reads.length).toBeGreaterThan(0);
  for (const read of reads)
    expect(read).toMatchObject({ subject: 'cohort-analyst', role: 'analyst', purpose: 'STATISTICS', actor: 'service:civil-affairs' });
  const answered = new Set(reads.flatMap((r: { person_keys: string[] }) => r.person_keys));
  for (const key of page) expect(answered.has(key)).toBe(true);
  expect(reads[0].filters).toHaveProperty('disabledPersonsCohortKeys');
});

test("a filter the other agency refuses comes back as BAD_USER_INPUT naming the condition's path and the field", async () => {
  const condition = { and: [{ households: { status: 'ACTIVE' } }, { disabledPersons: { grades: [5] } }] };
  const res = await post(graph.gatewayUrl, COHORT, { condition, first: 5 }, await analyst());
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe('condition.and.1.disabledPersons.grades');
  expect(error.extensions?.agency).toBe('disabled-persons');
  expect(error.message).toMatch(/^condition\.and\.1\.disabledPersons\.grades: /);
  expect(res.data?.cohort ?? null).toBeNull();
});

test('a not over an agency that is down fails the cohort with UNAVAILABLE naming the agency, never as everyone', async () => {
  await disabledLink.cut();
  let res;
  try {
    res = await post(graph.gatewayUrl, COHORT, { condition: { not: { disabledPersons: { grades: [1, 2] } } }, first: 5 }, await analyst());
  } finally {
    await disabledLink.open();
  }
  const error = expectErrorCode(res, 'UNAVAILABLE', 'cohort');
  expect(error.extensions?.agency).toBe('disabled-persons');
  expect(error.message).toMatch(/^condition\.not\.disabledPersons: disabled-persons could not answer disabledPersons/);
  expect(res.data?.cohort ?? null).toBeNull();
});
