// The trade unions' reads against the real PostgreSQL server: profiles by entity reference, batching, what the list's filters mean.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('trade-union', { people: 800 });

const PROFILE = `id tradeUnion {
  difficultWorker { level since reason employerName status }
  aid { id kind amount grantedOn }
}`;
const keysOf = (rows: { person_key: string }[]) => rows.map((r) => r.person_key);
const walk = (filter: string, first: number, role = 'analyst') => kit.walk('difficultWorkers', filter, first, role);

test('a difficult worker gets their file and aid as the tables hold them', async () => {
  const [{ person_key: key }] = await kit.db.query(
    'SELECT f.person_key FROM difficult_worker_file f JOIN union_aid a USING (person_key) WHERE f.employer_name IS NOT NULL GROUP BY f.person_key ORDER BY count(*) DESC, f.person_key LIMIT 1',
  );
  const [difficultWorker] = await kit.db.query(
    'SELECT level, since, reason, employer_name AS "employerName", status FROM difficult_worker_file WHERE person_key = $1',
    [key],
  );
  const aid = await kit.db.query(
    `SELECT id, kind, to_char(amount_fen / 100.0, 'FM999999990.00') AS amount, granted_on AS "grantedOn"
     FROM union_aid WHERE person_key = $1 ORDER BY granted_on DESC`,
    [key],
  );
  const [profile] = await kit.resolve([key], PROFILE, 'caseworker');
  expect(profile).toEqual({ id: key, tradeUnion: { difficultWorker, aid } });
});

test('a member with aid but no file gets a profile whose file is null', async () => {
  const [{ person_key: key }] = await kit.db.query(
    'SELECT person_key FROM union_aid a WHERE NOT EXISTS (SELECT 1 FROM difficult_worker_file f WHERE f.person_key = a.person_key) LIMIT 1',
  );
  const [profile] = await kit.resolve([key], PROFILE, 'caseworker');
  expect(profile.tradeUnion.difficultWorker).toBeNull();
  expect(profile.tradeUnion.aid.length).toBeGreaterThan(0);
});

test('a person of the city the unions hold nothing on gets a null profile', async () => {
  const held = new Set(keysOf(await kit.db.query('SELECT person_key FROM difficult_worker_file UNION SELECT person_key FROM union_aid')));
  const stranger = kit.city.persons.find((p) => !held.has(p.key))!;
  const [profile] = await kit.resolve([stranger.key], PROFILE, 'caseworker');
  expect(profile).toEqual({ id: stranger.key, tradeUnion: null });
});

test('the profiles of 100 persons cost one SQL statement per table, as do those of 10', async () => {
  const held = keysOf(await kit.db.query('SELECT person_key FROM difficult_worker_file UNION SELECT person_key FROM union_aid ORDER BY 1'));
  const keys = [...new Set([...held, ...kit.city.persons.map((p) => p.key)])];
  const counts: number[] = [];
  for (const n of [10, 100]) {
    const { entities, statements } = await kit.resolveCounted(keys.slice(0, n), PROFILE, 'caseworker');
    expect(entities.filter((e) => e.tradeUnion).length).toBeGreaterThanOrEqual(Math.min(n, held.length));
    counts.push(statements);
  }
  expect(counts).toEqual([2, 2]);
});

test('difficult workers with no filter are every file, paged by person without repeats', async () => {
  const expected = keysOf(await kit.db.query('SELECT person_key FROM difficult_worker_file ORDER BY person_key'));
  expect(expected.length).toBeGreaterThan(6);
  await kit.expectListed('difficultWorkers', '{}', 3, expected);
});

test('difficult workers filtered by level and status are the files with both', async () => {
  const expected = keysOf(
    await kit.db.query("SELECT person_key FROM difficult_worker_file WHERE level = 'GENERAL' AND status = 'ACTIVE' ORDER BY person_key"),
  );
  expect(expected.length).toBeGreaterThan(0);
  await kit.expectListed('difficultWorkers', '{ level: GENERAL, status: ACTIVE }', 2, expected);
});

test('difficult workers without aid since a date are the files with no grant on or after it', async () => {
  const since = '2026-01-01';
  const expected = keysOf(
    await kit.db.query(
      'SELECT person_key FROM difficult_worker_file f WHERE NOT EXISTS (SELECT 1 FROM union_aid a WHERE a.person_key = f.person_key AND a.granted_on >= $1) ORDER BY person_key',
      [since],
    ),
  );
  const all = keysOf(await kit.db.query('SELECT person_key FROM difficult_worker_file'));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);
  await kit.expectListed('difficultWorkers', `{ withoutAidSince: "${since}" }`, 4, expected);
});

test('a caseworker may filter difficult workers by reason; an analyst, who may not read reasons, may not', async () => {
  const expected = keysOf(await kit.db.query("SELECT person_key FROM difficult_worker_file WHERE reason = 'ILLNESS' ORDER BY person_key"));
  const { ids } = await walk('{ reason: ILLNESS }', 100, 'caseworker');
  expect(ids).toEqual(expected);
  const res = await kit.post('{ difficultWorkers(filter: { reason: ILLNESS }) { totalCount } }', {}, 'analyst');
  expect(expectErrorCode(res, 'FORBIDDEN', 'difficultWorkers').message).toMatch(/^filter\.reason needs scope detail:trade-union/);
});
