// Graceful shutdown: a request in flight when a subgraph is told to stop still gets its answer; new ones are refused.
import { post, subgraphIdentity } from '../shared/src/testing/graphql';
import { AGENCY_NAMES } from '../subgraphs/registry';
import { startTestSubgraph } from './support/federation';

test('stopping a subgraph lets the request in flight finish and refuses new connections', async () => {
  const subgraph = await startTestSubgraph('civil-affairs', { people: 2000 });
  const headers = { authorization: `Bearer ${await subgraphIdentity('caseworker', AGENCY_NAMES)}` };
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
