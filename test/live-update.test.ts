// An agency deploys a new version: the gateway follows the published supergraph with no failed request,
// and a broken supergraph never takes the graph down.
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { compose, registrySources } from '../gateway/src/supergraph';
import { RunningSubgraph, SubgraphDefinition } from '../shared/src/subgraph';
import { post } from '../shared/src/testing/graphql';
import { agencyDefinition } from '../subgraphs/registry';
import { Federation, startFederation, startTestSubgraph } from './support/federation';

const file = join(mkdtempSync(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
let graph: Federation;
let headers: Record<string, string>;
let personId: string;

/** Publishes like a deploy: write aside, then rename over the followed file. */
function publish(sdl: string) {
  writeFileSync(`${file}.next`, sdl);
  renameSync(`${file}.next`, file);
}

async function gatewayHealth() {
  return (await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/health'))).json() as Promise<{
    status: string;
    supergraph: { serving: string; rejected?: { reason: string } };
  }>;
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Queries the gateway back to back until stopped; counts answers and failures. */
function queryStream() {
  let running = true;
  const failures: string[] = [];
  let answers = 0;
  const loop = (async () => {
    while (running) {
      const res = await post(
        graph.gatewayUrl,
        'query($id: ID!) { person(id: $id) { id age disability { certificate { grade } } } }',
        { id: personId },
        headers,
      ).catch((e) => ({ status: 0, errors: [{ message: String(e) }] }) as any);
      answers++;
      if (res.status !== 200 || res.errors?.length || res.data?.person?.id !== personId) failures.push(JSON.stringify(res).slice(0, 300));
    }
  })();
  return {
    /** Resolves once the stream has answered `count` more queries: it was running through what came before. */
    answered: (count: number) => {
      const target = answers + count;
      return until(async () => answers >= target, `${count} more answers`);
    },
    stop: async () => {
      running = false;
      await loop;
      return { answers, failures };
    },
  };
}

beforeAll(async () => {
  graph = await startFederation({ people: 300, supergraphFile: file });
  headers = await graph.as('caseworker');
  [{ key: personId }] = await graph.subgraphs['civil-affairs'].db.query('SELECT key FROM person ORDER BY key LIMIT 1');
});
afterAll(() => graph.stop());

test('a new field deployed by one agency is served without a failed request, and a broken supergraph is refused', async () => {
  const stream = queryStream();
  const before = (await gatewayHealth()).supergraph.serving;
  await stream.answered(5);

  // The new civil-affairs version: one more field, same database, started beside the old one.
  const current = await agencyDefinition('civil-affairs');
  const sdl = registrySources({}, ['civil-affairs'])[0].sdl.replace(
    'type Person @key(fields: "id") {\n  id: ID!',
    'type Person @key(fields: "id") {\n  id: ID!\n  "Added in this deploy."\n  initials: String',
  );
  const next: SubgraphDefinition<any> = {
    ...current,
    typeDefs: parse(sdl),
    resolvers: {
      ...current.resolvers,
      Person: { ...(current.resolvers.Person as object), initials: (p: { name: string }) => p.name.slice(0, 1) },
    },
  };
  const nextCivilAffairs: RunningSubgraph = await startTestSubgraph('civil-affairs', { people: 300, tag: graph.tag, definition: next });
  const old = graph.subgraphs['civil-affairs'];
  const urls = Object.fromEntries(Object.entries(graph.subgraphs).map(([n, s]) => [n, s.url]));
  const sources = registrySources({ ...urls, 'civil-affairs': nextCivilAffairs.url }).map((s) =>
    s.name === 'civil-affairs' ? { ...s, sdl } : s,
  );
  publish(compose(sources));
  await until(async () => (await gatewayHealth()).supergraph.serving !== before, 'the gateway to serve the new supergraph');
  graph.subgraphs['civil-affairs'] = nextCivilAffairs;
  await stream.answered(5);
  await old.stop();
  await stream.answered(5);

  const res = await post(graph.gatewayUrl, 'query($id: ID!) { person(id: $id) { initials name } }', { id: personId }, headers);
  expect(res.errors).toBeUndefined();
  expect(res.data!.person.initials).toBe(res.data!.person.name.slice(0, 1));

  const serving = (await gatewayHealth()).supergraph.serving;
  publish('this is not a supergraph');
  await until(async () => Boolean((await gatewayHealth()).supergraph.rejected), 'the gateway to reject the broken supergraph');
  const health = await gatewayHealth();
  expect(health.status).toBe('degraded');
  expect(health.supergraph.serving).toBe(serving);
  expect(health.supergraph.rejected!.reason).toMatch(/not a valid supergraph/);

  await stream.answered(5);
  const { answers, failures } = await stream.stop();
  expect(answers).toBeGreaterThan(20);
  expect(failures).toEqual([]);
});

test('a supergraph naming an unreachable subgraph is not swapped in', async () => {
  const serving = (await gatewayHealth()).supergraph.serving;
  const urls = Object.fromEntries(Object.entries(graph.subgraphs).map(([n, s]) => [n, s.url]));
  publish(compose(registrySources({ ...urls, education: 'http://127.0.0.1:1/graphql' })));
  await until(async () => /education \(unreachable\)/.test((await gatewayHealth()).supergraph.rejected?.reason ?? ''), 'the rejection');
  expect((await gatewayHealth()).supergraph.serving).toBe(serving);
  const res = await post(
    graph.gatewayUrl,
    'query($id: ID!) { person(id: $id) { id education { aid { kind } } } }',
    { id: personId },
    headers,
  );
  expect(res.errors).toBeUndefined();
});
