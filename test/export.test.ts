// CSV export through the real gateway: the same rows as the paged JSON, the same protections, every page on the access log.
import { parse } from 'csv-parse/sync';
import { purposesForRole } from '../shared/src/auth/purposes';
import { issueUserToken } from '../shared/src/auth/tokens';
import { GatewayConfig, loadGatewayConfig } from '../shared/src/config';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, GraphQLResponse, post } from '../shared/src/testing/graphql';
import { RunningGateway, startGateway } from '../gateway/src/server';
import { startTestSubgraph, supergraphOver, UNTHROTTLED } from './support/federation';

let subgraphs: Record<string, RunningSubgraph>;
let sdl: string;
const gateways: RunningGateway[] = [];
let graph: { url: string; config: GatewayConfig };

async function gatewayWith(env: Record<string, string>) {
  const config = { ...loadGatewayConfig({ NODE_ENV: 'test', ...env }), port: 0 };
  const running = await startGateway(config, { sdl });
  gateways.push(running);
  return { url: running.url, config };
}

beforeAll(async () => {
  subgraphs = {
    'civil-affairs': await startTestSubgraph('civil-affairs', { people: 300 }),
    education: await startTestSubgraph('education', { people: 300 }),
  };
  sdl = supergraphOver(subgraphs);
  graph = await gatewayWith(UNTHROTTLED);
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
});

const headersOf = async (g: { config: GatewayConfig }, role: string) => ({
  authorization: `Bearer ${await issueUserToken(g.config.jwt, { subject: `test-${role}`, role })}`,
  'x-purpose': purposesForRole(role)[0],
});

/** The response of POST /export.csv, its body read to the end, and whether that end was the body's own. */
async function exportCsv(body: Record<string, unknown>, headers: Record<string, string> = {}, g = graph) {
  const res = await fetch(g.url.replace(/\/graphql$/, '/export.csv'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let complete = true;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
  } catch {
    complete = false;
  }
  return { status: res.status, type: res.headers.get('content-type'), requestId: res.headers.get('x-request-id'), text, complete };
}

const recordsOf = (text: string): string[][] => parse(text, { relaxColumnCount: false });

/** Every node of `persons(first, after)` paged through /graphql, with the answer's errors. */
async function pagedAsJson(query: string, headers: Record<string, string>, first: number) {
  const nodes: any[] = [];
  const errors: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse = await post(graph.url, query, { first, after }, headers);
    errors.push(...(res.errors ?? []));
    nodes.push(...res.data!.persons.nodes);
    if (!res.data!.persons.pageInfo.hasNextPage) return { nodes, errors };
    after = res.data!.persons.pageInfo.endCursor;
  }
}

const PERSONS_WITH_SCHOOLING = `
  query PersonsWithSchooling($first: Int, $after: String) {
    persons(first: $first, after: $after) {
      nodes { id gender ageBand region { code name } education { enrollments { stage schoolName schoolYear } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

/** The CSV row a node should be: each leaf path's value, lists joined with `;`, null empty. */
const rowOf = (n: any) => [
  n.id,
  n.gender ?? '',
  n.ageBand ?? '',
  n.region?.code ?? '',
  n.region?.name ?? '',
  (n.education?.enrollments ?? []).map((e: any) => e.stage).join(';'),
  (n.education?.enrollments ?? []).map((e: any) => e.schoolName ?? '').join(';'),
  (n.education?.enrollments ?? []).map((e: any) => e.schoolYear).join(';'),
];
const HEADER = [
  'id',
  'gender',
  'ageBand',
  'region.code',
  'region.name',
  'education.enrollments.stage',
  'education.enrollments.schoolName',
  'education.enrollments.schoolYear',
];

test('a connection exported as CSV has the same rows as the same list paged as JSON, across agencies', async () => {
  const headers = await headersOf(graph, 'caseworker');
  const json = await pagedAsJson(PERSONS_WITH_SCHOOLING, headers, 40);
  const csv = await exportCsv({ query: PERSONS_WITH_SCHOOLING, variables: { first: 40 } }, headers);
  expect(csv).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8', complete: true });
  expect(json.errors).toEqual([]);
  expect(json.nodes.length).toBeGreaterThan(40 * 3);
  expect(json.nodes.some((n) => n.education?.enrollments.length > 0)).toBe(true);
  expect(recordsOf(csv.text)).toEqual([HEADER, ...json.nodes.map(rowOf)]);
});

test("an analyst's export has the analyst's nulls: the fields they may not see (FORBIDDEN) are empty", async () => {
  const headers = await headersOf(graph, 'analyst');
  const json = await pagedAsJson(PERSONS_WITH_SCHOOLING, headers, 50);
  // The analyst sees the stage and year of each enrolment, not the school.
  expect(json.errors.length).toBeGreaterThan(0);
  expect(json.errors.every((e) => e.extensions.code === 'FORBIDDEN' && e.path.at(-1) === 'schoolName')).toBe(true);
  const csv = await exportCsv({ query: PERSONS_WITH_SCHOOLING, variables: { first: 50 } }, headers);
  expect(csv).toMatchObject({ status: 200, complete: true });
  const [header, ...rows] = recordsOf(csv.text);
  expect(rows).toEqual(json.nodes.map(rowOf));
  const schoolName = header.indexOf('education.enrollments.schoolName');
  const stage = header.indexOf('education.enrollments.stage');
  const schooled = rows.filter((r) => r[stage] !== '');
  expect(schooled.length).toBeGreaterThan(0);
  expect(schooled.every((r) => r[schoolName].replace(/;/g, '') === '')).toBe(true);
});

test('the header names each leaf by its path, aliases and fragments included; a query without after or pageInfo is paged all the same', async () => {
  const query = `query Keys { persons(first: 100) { nodes { key: id ...Home } totalCount } }
    fragment Home on Person { region { code } gender }`;
  const csv = await exportCsv({ query }, await headersOf(graph, 'caseworker'));
  const [header, ...rows] = recordsOf(csv.text);
  expect(header).toEqual(['key', 'region.code', 'gender']);
  const { data } = await post(graph.url, '{ persons { totalCount } }', {}, await headersOf(graph, 'caseworker'));
  expect(rows).toHaveLength(data!.persons.totalCount);
  expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
});

test('a list that is not a connection is one row per element', async () => {
  const csv = await exportCsv({ query: '{ regions { code name } }' }, await headersOf(graph, 'analyst'));
  const { data } = await post(graph.url, '{ regions { code name } }', {}, await headersOf(graph, 'analyst'));
  expect(recordsOf(csv.text)).toEqual([['code', 'name'], ...data!.regions.map((r: any) => [r.code, r.name])]);
});

test.each([
  ['a field the schema does not have', { query: '{ persons(first: 5) { nodes { id shoeSize } } }' }, 'GRAPHQL_VALIDATION_FAILED', 400],
  ['a page larger than a list gives', { query: '{ persons(first: 500) { nodes { id } } }' }, 'BAD_USER_INPUT', 400],
  ['two root fields', { query: '{ regions { code } persons { nodes { id } } }' }, 'BAD_USER_INPUT', 400],
  [
    'a mutation',
    { query: 'mutation { endEnrollment(input: { id: "x", endedOn: "2026-01-01", reason: GRADUATED }) { id } }' },
    'BAD_USER_INPUT',
    400,
  ],
  ['a field that is neither a list nor a connection', { query: '{ person(id: "x") { id } }' }, 'BAD_USER_INPUT', 400],
  ['a query that does not parse', { query: '{ persons { nodes { id } ' }, 'GRAPHQL_PARSE_FAILED', 400],
])('%s is a JSON error before any byte of CSV', async (_name, body, code, status) => {
  const res = await exportCsv(body, await headersOf(graph, 'caseworker'));
  expect(res.status).toBe(status);
  expect(res.type).toMatch(/^application\/json/);
  expectErrorCode({ status: res.status, ...JSON.parse(res.text) }, code);
});

test('a request without a token is refused with 401 UNAUTHENTICATED, as JSON', async () => {
  const res = await exportCsv({ query: '{ regions { code } }' });
  expect(res.status).toBe(401);
  expect(res.type).toMatch(/^application\/json/);
  expectErrorCode({ status: res.status, ...JSON.parse(res.text) }, 'UNAUTHENTICATED');
});

test("each page is on the subgraph's access log as the caller's, with the purpose, under the export's operation name", async () => {
  const query = 'query AnalystPersons($first: Int) { persons(first: $first) { nodes { id ageBand } } }';
  const csv = await exportCsv({ query, variables: { first: 50 } }, await headersOf(graph, 'analyst'));
  const ids = recordsOf(csv.text)
    .slice(1)
    .map((r) => r[0]);
  const entries = await subgraphs['civil-affairs'].db.query(
    'SELECT subject, role, purpose, operation, person_keys FROM access_log WHERE request_id = $1 ORDER BY id',
    [csv.requestId],
  );
  expect(entries).toHaveLength(Math.ceil(ids.length / 50));
  for (const entry of entries) {
    expect(entry).toMatchObject({
      subject: 'test-analyst',
      role: 'analyst',
      purpose: 'STATISTICS',
      operation: 'Export_AnalystPersons__civil_affairs__0',
    });
  }
  expect(entries.flatMap((e: { person_keys: string[] }) => e.person_keys).sort()).toEqual([...ids].sort());
});

test('an export that fails after it started ends with a line saying so, and its connection is cut before the end of the body', async () => {
  // Each page counts as a request: the third page is over this gateway's limit of two a minute.
  const limited = await gatewayWith({ RATE_LIMIT_PER_MINUTE: '2' });
  const csv = await exportCsv({ query: '{ persons(first: 20) { nodes { id } } }' }, await headersOf(limited, 'caseworker'), limited);
  expect(csv.status).toBe(200);
  expect(csv.complete).toBe(false);
  const lines = csv.text.trimEnd().split('\r\n');
  expect(lines).toHaveLength(1 + 2 * 20 + 1);
  expect(lines.at(-1)).toMatch(/^# export failed: You have used your rate limit of 2 requests a minute.* \(RATE_LIMITED\)$/);
});
