// Graceful shutdown: a request in flight when a subgraph is told to stop still gets its answer; new ones are refused.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { post, subgraphIdentity } from '../shared/src/testing/graphql';
import { AGENCY_NAMES } from '../subgraphs/registry';
import { startTestSubgraph } from './support/federation';
import { freePort, SubgraphProcess, waitFor } from './support/processes';

test('stopping a subgraph lets the request in flight finish and refuses new connections', async () => {
  const subgraph = await startTestSubgraph('civil-affairs', { people: 2000 });
  const headers = { authorization: `Bearer ${await subgraphIdentity('civil-affairs', 'caseworker', AGENCY_NAMES)}` };
  const query =
    '{ households(first: 100) { totalCount nodes { id size members { id name age household { id size } } assistanceCases { program status } } } }';
  const household = `${(subgraph.db.options as PostgresDataSourceOptions).schema}.household`;
  const locks = async (granted: boolean) =>
    (
      await subgraph.db.query('SELECT count(*)::int AS n FROM pg_locks WHERE relation = $1::regclass AND granted = $2', [
        household,
        granted,
      ])
    )[0].n > 0;
  // The table locked until the test lets go, so the request is surely still in flight when stop() begins.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const lock = subgraph.db.transaction(async (tx) => {
    await tx.query('LOCK TABLE household IN ACCESS EXCLUSIVE MODE');
    await released;
  });
  await waitFor(() => locks(true), 'the lock on household');
  const inFlight = post(subgraph.url, query, {}, headers);
  await waitFor(() => locks(false), 'the request to wait on the lock');
  const order: string[] = [];
  const stopping = subgraph.stop().then(() => order.push('stopped'));
  const answered = inFlight.then((res) => (order.push('answered'), res));
  release();
  const res = await answered;
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data!.households.nodes).toHaveLength(100);
  await lock;
  await stopping;
  expect(order).toEqual(['answered', 'stopped']);
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
