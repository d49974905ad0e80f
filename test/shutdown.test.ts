// Graceful shutdown: a request in flight when a subgraph is told to stop still gets its answer; new ones are refused.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { post, subgraphIdentity } from '../shared/src/testing/graphql';
import { AGENCY_NAMES } from '../subgraphs/registry';
import { startTestSubgraph } from './support/federation';
import { freePort, SubgraphProcess } from './support/processes';

test('stopping a subgraph lets the request in flight finish and refuses new connections', async () => {
  const subgraph = await startTestSubgraph('civil-affairs', { people: 2000 });
  const headers = { authorization: `Bearer ${await subgraphIdentity('civil-affairs', 'caseworker', AGENCY_NAMES)}` };
  const query = '{ households(first: 100) { totalCount nodes { id size members { id name age household { id size } } assistanceCases { program status } } } }';
  // Lock the table for a moment so the request is surely still in flight when stop() begins.
  const slow = subgraph.db.transaction(async (tx) => {
    await tx.query('LOCK TABLE household IN ACCESS EXCLUSIVE MODE');
    await tx.query('SELECT pg_sleep(0.5)');
  });
  await new Promise((r) => setTimeout(r, 50));
  const inFlight = post(subgraph.url, query, {}, headers);
  await new Promise((r) => setTimeout(r, 50));
  const stopping = subgraph.stop();
  let settled = false;
  void inFlight.then(() => (settled = true));
  await new Promise((r) => setTimeout(r, 100));
  expect(settled).toBe(false);
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data!.households.nodes).toHaveLength(100);
  await slow.catch(() => undefined);
  await stopping;
  await expect(fetch(subgraph.url, { method: 'POST' })).rejects.toThrow();
});

test('a subgraph process told to stop records the reads it answered in its access log, then exits cleanly', async () => {
  const schema = `civil_affairs_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  // NODE_ENV as in production, not 'test': Apollo Server's own signal handling is on outside tests.
  const subgraph = new SubgraphProcess('civil-affairs', await freePort(), {
    NODE_ENV: 'development',
    DATABASE_URL: process.env.TEST_DATABASE_URL!,
    DATABASE_SCHEMA: schema,
    SEED_PEOPLE: '50',
  });
  await subgraph.start();
  const db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await db.connect();
  try {
    const [person] = (await db.query(`SELECT key FROM ${schema}.person LIMIT 1`)).rows;
    const headers = { authorization: `Bearer ${await subgraphIdentity('civil-affairs', 'caseworker', AGENCY_NAMES)}` };
    const res = await post(subgraph.url, 'query ($id: ID!) { person(id: $id) { name } }', { id: person.key }, headers);
    expect(res.data!.person.name).toBeTruthy();

    expect(await subgraph.stop()).toEqual({ code: 0, signal: null });
    // The schema is this test's own: the one read is the only entry.
    const logged = await db.query(`SELECT person_keys FROM ${schema}.access_log`);
    expect(logged.rows).toEqual([{ person_keys: [person.key] }]);
  } finally {
    await subgraph.stop();
    await db.end();
  }
});
