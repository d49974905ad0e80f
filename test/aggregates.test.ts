// Published counts across agencies through the real gateway (issue 14): civil affairs counts the persons another agency
// answers for the caller, by county and programme, exact for admins and suppressed for analysts; an agency that
// cannot answer fails the table, naming it; the table exports as CSV with the same protections.
import { parse } from 'csv-parse/sync';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, GraphQLResponse, post } from '../shared/src/testing/graphql';
import { projectOperation } from './support/contract';
import { Federation, startFederation } from './support/federation';
import { CuttableProxy } from './support/processes';

let graph: Federation;
let civil: RunningSubgraph;
let disabled: RunningSubgraph;
/** The disabled persons' federation as the gateway reaches it: through a proxy a test cuts to take it down. */
let disabledLink: CuttableProxy;

const SAVED = projectOperation('CohortAggregateByCounty');

interface Cell {
  by: { county: { code: string; name: string } | null; programme: string | null };
  count: number | null;
  monthlyAmount: string | null;
  suppressed: boolean;
  disclosure: string;
  threshold: number;
}

async function savedTable(role: 'analyst' | 'admin'): Promise<Cell[]> {
  const res: GraphQLResponse = await post(graph.gatewayUrl, SAVED, {}, await graph.as(role));
  expect(res.errors).toBeUndefined();
  return res.data!.cohortAggregate;
}

/** A cell's group as `county|programme`, `*` for a total. */
const groupOf = (cell: Cell) => `${cell.by.county?.code ?? '*'}|${cell.by.programme ?? '*'}`;

/**
 * The persons holding a disability certificate per county and programme and every margin, as the two agencies' tables say: the
 * certificates from the disabled persons' federation, each person's county and household's deepest active case from
 * civil affairs.
 */
async function expectedCounts(): Promise<Map<string, number>> {
  const keys = (await disabled.db.query('SELECT DISTINCT person_key FROM disability_certificate')).map(
    (r: { person_key: string }) => r.person_key,
  );
  const persons: { region_code: string; programme: string }[] = await civil.db.query(
    `SELECT p.region_code, coalesce((
        SELECT a.program FROM assistance_case a WHERE a.household_id = p.household_id AND a.status = 'ACTIVE'
         ORDER BY array_position(ARRAY['EXTREME_POVERTY_SUPPORT', 'MINIMUM_LIVING_ALLOWANCE', 'LOW_INCOME_CERTIFICATION',
                                       'TEMPORARY_ASSISTANCE'], a.program) LIMIT 1), 'NONE') AS programme
       FROM person p WHERE p.key = ANY($1)`,
    [keys],
  );
  const counts = new Map<string, number>();
  for (const p of persons)
    for (const group of [`${p.region_code}|${p.programme}`, `${p.region_code}|*`, `*|${p.programme}`, '*|*'])
      counts.set(group, (counts.get(group) ?? 0) + 1);
  return counts;
}

beforeAll(async () => {
  graph = await startFederation({
    only: ['civil-affairs', 'disabled-persons'],
    people: 4000,
    cuttable: 'disabled-persons',
    acting: ['civil-affairs'],
    subject: 'aggregate',
  });
  ({ 'civil-affairs': civil, 'disabled-persons': disabled } = graph.subgraphs);
  disabledLink = graph.link!;
}, 180_000);

afterAll(() => graph?.stop());

test("an admin's saved aggregate counts another agency's list per county and programme exactly as both agencies' tables say", async () => {
  const expected = await expectedCounts();
  const cells = await savedTable('admin');
  expect(new Map(cells.filter((c) => c.count! > 0).map((c) => [groupOf(c), c.count]))).toEqual(expected);
  expect(cells.every((c) => !c.suppressed && c.disclosure === 'EXACT')).toBe(true);
  expect(cells.find((c) => c.by.county?.code === '411302' && c.by.programme === null)?.by.county?.name).toBe('宛城区');
});

test("an analyst's saved aggregate hides every cell below 10 and enough others that no margin gives one away", async () => {
  const exact = new Map((await savedTable('admin')).map((c) => [groupOf(c), c.count!]));
  const cells = await savedTable('analyst');
  const small = [...exact].filter(([, count]) => count > 0 && count < 10).map(([group]) => group);
  expect(small.length).toBeGreaterThan(0);
  for (const cell of cells) {
    if (small.includes(groupOf(cell))) expect(cell).toMatchObject({ count: null, monthlyAmount: null, suppressed: true });
    if (!cell.suppressed) expect(cell.count).toBe(exact.get(groupOf(cell)));
    expect([cell.disclosure, cell.threshold]).toEqual(['SUPPRESSED', 10]);
  }
  // Each county's line (its programmes and total) and each programme's line (its counties and total): a line
  // whose total is shown holds no single suppressed cell, so the total minus the visible cells is never one cell.
  const lines = new Map<string, Cell[]>();
  for (const cell of cells) {
    const [county, programme] = groupOf(cell).split('|');
    lines.set(`county ${county}`, [...(lines.get(`county ${county}`) ?? []), cell]);
    lines.set(`programme ${programme}`, [...(lines.get(`programme ${programme}`) ?? []), cell]);
  }
  const attacked: string[] = [];
  const recovered: string[] = [];
  for (const [line, members] of lines) {
    const total = members.find((c) => (line.startsWith('county') ? c.by.programme === null : c.by.county === null))!;
    const parts = members.filter((c) => c !== total);
    const hidden = parts.filter((c) => c.suppressed);
    if (total.suppressed || hidden.length === 0) continue;
    attacked.push(line);
    const left = total.count! - parts.filter((c) => !c.suppressed).reduce((sum, c) => sum + c.count!, 0);
    recovered.push(...hidden.filter((c) => left === exact.get(groupOf(c))).map(groupOf));
  }
  expect(attacked.length).toBeGreaterThan(0);
  expect(recovered).toEqual([]);
});

test("the aggregate is on civil affairs' log as the question and its count, and on the other agency's as the persons it answered", async () => {
  const res = await post(graph.gatewayUrl, SAVED, {}, await graph.as('analyst'));
  expect(res.errors).toBeUndefined();
  const [entry] = await civil.db.query(
    "SELECT request_id, person_keys, filters FROM access_log WHERE subject = 'aggregate-analyst' AND filters ? 'cohortAggregate' ORDER BY id DESC LIMIT 1",
  );
  const certified = (await disabled.db.query('SELECT DISTINCT person_key FROM disability_certificate')).map(
    (r: { person_key: string }) => r.person_key,
  );
  expect(entry.person_keys).toEqual([]);
  expect(entry.filters.cohortAggregate).toEqual({
    condition: { disabledPersons: {} },
    groupBy: ['COUNTY', 'PROGRAMME'],
    personsCounted: certified.length,
  });
  const reads = await disabled.db.query('SELECT role, purpose, actor, person_keys FROM access_log WHERE client_request_id = $1', [
    entry.request_id,
  ]);
  for (const read of reads) expect(read).toMatchObject({ role: 'analyst', purpose: 'STATISTICS', actor: 'service:civil-affairs' });
  expect(new Set(reads.flatMap((r: { person_keys: string[] }) => r.person_keys))).toEqual(new Set(certified));
});

test('the aggregate exports as CSV with the analyst’s suppression: one row per cell, a suppressed count empty', async () => {
  const res = await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/export.csv'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await graph.as('analyst')) },
    body: JSON.stringify({ query: SAVED }),
  });
  expect(res.status).toBe(200);
  const [header, ...rows] = parse(await res.text()) as string[][];
  expect(header).toEqual([
    'by.county.code',
    'by.county.name',
    'by.programme',
    'count',
    'monthlyAmount',
    'suppressed',
    'disclosure',
    'threshold',
  ]);
  const published = await savedTable('analyst');
  expect(rows).toEqual(
    published.map((c) => [
      c.by.county?.code ?? '',
      c.by.county?.name ?? '',
      c.by.programme ?? '',
      c.count === null ? '' : String(c.count),
      c.monthlyAmount ?? '',
      String(c.suppressed),
      c.disclosure,
      String(c.threshold),
    ]),
  );
  expect(rows.some((r) => r[5] === 'true' && r[3] === '')).toBe(true);
});

test('a groupBy naming a dimension twice is refused through the gateway as BAD_USER_INPUT naming groupBy', async () => {
  const res = await post(graph.gatewayUrl, 'query { cohortAggregate(groupBy: [GENDER, GENDER]) { count } }', {}, await graph.as('analyst'));
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions?.field).toBe('groupBy');
});

test('an agency that is down fails the aggregate with UNAVAILABLE naming it, never a table of no one', async () => {
  await disabledLink.cut();
  let res: GraphQLResponse;
  try {
    res = await post(graph.gatewayUrl, SAVED, {}, await graph.as('analyst'));
  } finally {
    await disabledLink.open();
  }
  const error = expectErrorCode(res, 'UNAVAILABLE', 'cohortAggregate');
  expect(error.extensions?.agency).toBe('disabled-persons');
  expect(error.message).toMatch(/^condition\.disabledPersons: disabled-persons could not answer disabledPersons/);
  expect(res.data?.cohortAggregate ?? null).toBeNull();
});
