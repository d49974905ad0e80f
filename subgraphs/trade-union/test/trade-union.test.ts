// Trade union against the real PostgreSQL server: profiles by entity reference, batching, the list, validation, scopes.
import { compose, registrySources } from '../../../gateway/src/supergraph';
import { loadSubgraphConfig } from '../../../shared/src/config';
import { DemoCity, generateCity } from '../../../shared/src/demo/city';
import { RunningSubgraph } from '../../../shared/src/subgraph';
import { expectErrorCode, post, subgraphIdentity, personRefs, walkList } from '../../../shared/src/testing/graphql';
import { startTestSubgraph } from '../../../test/support/federation';
import { AGENCY_NAMES } from '../../registry';

const PEOPLE = 800;
let subgraph: RunningSubgraph;
let city: DemoCity;
const as = async (role: string) => ({ authorization: `Bearer ${await subgraphIdentity('trade-union', role, AGENCY_NAMES)}` });

const PROFILE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id tradeUnion {
  difficultWorker { level since reason employerName status }
  aid { id kind amount grantedOn }
} } } }`;
const refs = personRefs;
const keysOf = (rows: { person_key: string }[]) => rows.map((r) => r.person_key);

beforeAll(async () => {
  subgraph = await startTestSubgraph('trade-union', { people: PEOPLE });
  // The same city the subgraph seeded (startTestSubgraph seeds with SEED 7 and the test secret).
  city = generateCity({ people: PEOPLE, seed: 7, personKeySecret: loadSubgraphConfig('trade-union', 0, { NODE_ENV: 'test' }).personKeySecret });
});
afterAll(() => subgraph.stop());

const walk = async (filter: string, first: number, role = 'analyst') =>
  walkList(subgraph.url, 'difficultWorkers', filter, first, () => as(role));

test('a difficult worker gets their file and aid as the tables hold them', async () => {
  const [{ person_key: key }] = await subgraph.db.query(
    "SELECT f.person_key FROM difficult_worker_file f JOIN union_aid a USING (person_key) WHERE f.employer_name IS NOT NULL GROUP BY f.person_key ORDER BY count(*) DESC, f.person_key LIMIT 1",
  );
  const [difficultWorker] = await subgraph.db.query(
    'SELECT level, since, reason, employer_name AS "employerName", status FROM difficult_worker_file WHERE person_key = $1',
    [key],
  );
  const aid = await subgraph.db.query(
    `SELECT id, kind, to_char(amount_fen / 100.0, 'FM999999990.00') AS amount, granted_on AS "grantedOn"
     FROM union_aid WHERE person_key = $1 ORDER BY granted_on DESC`,
    [key],
  );
  const res = await post(subgraph.url, PROFILE, refs([key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0]).toEqual({ id: key, tradeUnion: { difficultWorker, aid } });
});

test('a member with aid but no file gets a profile whose file is null', async () => {
  const [{ person_key: key }] = await subgraph.db.query(
    'SELECT person_key FROM union_aid a WHERE NOT EXISTS (SELECT 1 FROM difficult_worker_file f WHERE f.person_key = a.person_key) LIMIT 1',
  );
  const res = await post(subgraph.url, PROFILE, refs([key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0].tradeUnion.difficultWorker).toBeNull();
  expect(res.data!._entities[0].tradeUnion.aid.length).toBeGreaterThan(0);
});

test('a person of the city the unions hold nothing on gets a null profile', async () => {
  const held = new Set(keysOf(await subgraph.db.query('SELECT person_key FROM difficult_worker_file UNION SELECT person_key FROM union_aid')));
  const stranger = city.persons.find((p) => !held.has(p.key))!;
  const res = await post(subgraph.url, PROFILE, refs([stranger.key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0]).toEqual({ id: stranger.key, tradeUnion: null });
});

test('the profiles of 100 persons cost one SQL statement per table, as do those of 10', async () => {
  const held = keysOf(await subgraph.db.query('SELECT person_key FROM difficult_worker_file UNION SELECT person_key FROM union_aid ORDER BY 1'));
  const keys = [...new Set([...held, ...city.persons.map((p) => p.key)])];
  const counts: number[] = [];
  for (const n of [10, 100]) {
    subgraph.counter.reset();
    const res = await post(subgraph.url, PROFILE, refs(keys.slice(0, n)), await as('caseworker'));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.filter((e: any) => e.tradeUnion).length).toBeGreaterThanOrEqual(Math.min(n, held.length));
    counts.push(subgraph.counter.count);
  }
  expect(counts).toEqual([2, 2]);
});

test('difficult workers with no filter are every file, paged by person without repeats', async () => {
  const expected = keysOf(await subgraph.db.query('SELECT person_key FROM difficult_worker_file ORDER BY person_key'));
  expect(expected.length).toBeGreaterThan(6);
  const { ids, totalCount } = await walk('{}', 3);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('difficult workers filtered by level and status are the files with both', async () => {
  const expected = keysOf(await subgraph.db.query("SELECT person_key FROM difficult_worker_file WHERE level = 'GENERAL' AND status = 'ACTIVE' ORDER BY person_key"));
  expect(expected.length).toBeGreaterThan(0);
  const { ids, totalCount } = await walk('{ level: GENERAL, status: ACTIVE }', 2);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('difficult workers without aid since a date are the files with no grant on or after it', async () => {
  const since = '2026-01-01';
  const expected = keysOf(await subgraph.db.query(
    'SELECT person_key FROM difficult_worker_file f WHERE NOT EXISTS (SELECT 1 FROM union_aid a WHERE a.person_key = f.person_key AND a.granted_on >= $1) ORDER BY person_key',
    [since],
  ));
  const all = keysOf(await subgraph.db.query('SELECT person_key FROM difficult_worker_file'));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);
  const { ids, totalCount } = await walk(`{ withoutAidSince: "${since}" }`, 4);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('a caseworker may filter difficult workers by reason; an analyst, who may not read reasons, may not', async () => {
  const expected = keysOf(await subgraph.db.query("SELECT person_key FROM difficult_worker_file WHERE reason = 'ILLNESS' ORDER BY person_key"));
  const { ids } = await walk('{ reason: ILLNESS }', 100, 'caseworker');
  expect(ids).toEqual(expected);
  const res = await post(subgraph.url, '{ difficultWorkers(filter: { reason: ILLNESS }) { totalCount } }', {}, await as('analyst'));
  expect(expectErrorCode(res, 'FORBIDDEN', 'difficultWorkers').message).toMatch(/^filter\.reason needs scope detail:trade-union/);
});

test.each([
  ['difficultWorkers(filter: { regionCode: "110105" })', 'filter.regionCode'],
  ['difficultWorkers(first: 0)', 'first'],
  ['difficultWorkers(first: 101)', 'first'],
  ['difficultWorkers(after: "bm90LWEtY3Vyc29y")', 'after'],
])('%s is refused as BAD_USER_INPUT naming %s', async (call, field) => {
  const res = await post(subgraph.url, `{ ${call} { totalCount nodes { id } } }`, {}, await as('analyst'));
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(field);
  expect(error.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
});

test('a withoutAidSince that is not a calendar date is refused as BAD_USER_INPUT naming the variable', async () => {
  const res = await post(
    subgraph.url,
    'query($since: Date) { difficultWorkers(filter: { withoutAidSince: $since }) { totalCount } }',
    { since: '2026-02-30' },
    await as('analyst'),
  );
  expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/\$since.*must be a real calendar date/);
});

test('another agency\'s role gets FORBIDDEN at the union profile while the person id still answers', async () => {
  const [{ person_key: key }] = await subgraph.db.query('SELECT person_key FROM difficult_worker_file LIMIT 1');
  const res = await post(subgraph.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id tradeUnion { difficultWorker { level } } } } }', refs([key]), await as('housing'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.tradeUnion');
  expect(res.data!._entities[0]).toEqual({ id: key, tradeUnion: null });
});

test('an analyst gets FORBIDDEN on the reason and employer while the level and aid amounts still answer', async () => {
  const [{ person_key: key }] = await subgraph.db.query(
    'SELECT f.person_key FROM difficult_worker_file f JOIN union_aid a USING (person_key) WHERE f.employer_name IS NOT NULL LIMIT 1',
  );
  const res = await post(subgraph.url, PROFILE, refs([key]), await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.tradeUnion.difficultWorker.reason');
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.tradeUnion.difficultWorker.employerName');
  const profile = res.data!._entities[0].tradeUnion;
  expect(profile.difficultWorker).toMatchObject({ reason: null, employerName: null, level: expect.stringMatching(/^(DEEP|GENERAL|RELATIVE)$/) });
  expect(profile.aid[0].amount).toMatch(/^\d+\.\d{2}$/);
});

test('a role without the trade-union records scope cannot list difficult workers', async () => {
  const res = await post(subgraph.url, '{ difficultWorkers { totalCount } }', {}, await as('health'));
  expectErrorCode(res, 'FORBIDDEN', 'difficultWorkers');
});

test('a profile read appends an access-log entry naming the caller, purpose, person and field', async () => {
  const [{ person_key: key }] = await subgraph.db.query('SELECT person_key FROM difficult_worker_file ORDER BY person_key DESC LIMIT 1');
  await post(subgraph.url, 'query Look($r: [_Any!]!) { _entities(representations: $r) { ... on Person { tradeUnion { difficultWorker { level } } } } }', refs([key]), await as('caseworker'));
  const res = await post(
    subgraph.url,
    'query($p: ID!) { tradeUnionAccessLog(filter: { personId: $p }) { totalCount nodes { subject role purpose operation personIds fields } } }',
    { p: key },
    await as('auditor'),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.tradeUnionAccessLog.nodes).toContainEqual({
    subject: 'test-caseworker', role: 'caseworker', purpose: 'CASE_REVIEW', operation: 'Look', personIds: [key], fields: ['Person.tradeUnion'],
  });
});

test('trade-union composes with civil-affairs into one supergraph', () => {
  const supergraph = compose(registrySources({}, ['civil-affairs', 'trade-union']));
  expect(supergraph).toMatch(/tradeUnion: TradeUnionProfile/);
  expect(supergraph).toMatch(/difficultWorkers\(/);
});
