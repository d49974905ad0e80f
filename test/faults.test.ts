// Faults on real processes: a subgraph killed and restarted, a subgraph's database cut and restored,
// under a steady stream of HouseholdView and a concurrent writer.
import { randomUUID } from 'node:crypto';
import { loadGatewayConfig, schemaNameOf } from '../shared/src/config';
import { issueUserToken } from '../shared/src/auth/tokens';
import { post, GraphQLResponse } from '../shared/src/testing/graphql';
import { RunningGateway, startGateway } from '../gateway/src/server';
import { compose, registrySources } from '../gateway/src/supergraph';
import { SUBGRAPHS } from '../subgraphs/registry';
import { contractOperation } from './support/contract';
import { UNTHROTTLED } from './support/federation';
import { CuttableProxy, freePort, SubgraphProcess, waitFor } from './support/processes';

const KILLED = 'education';
const CUT = 'health';
const tag = `faults${process.pid}`;
let gateway: RunningGateway;
let processes: Record<string, SubgraphProcess>;
let proxy: CuttableProxy;
let headers: Record<string, string>;
let householdId: string;
/** The writer's household: another than the reader's, so the reader's answers stay comparable. */
let writerHouseholdId: string;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  const db = new URL(process.env.TEST_DATABASE_URL!);
  proxy = new CuttableProxy({ host: db.hostname, port: Number(db.port || 5432) });
  await proxy.open();
  const viaProxy = new URL(db);
  viaProxy.port = String(proxy.port);
  processes = {};
  for (const s of SUBGRAPHS) {
    processes[s.name] = new SubgraphProcess(s.name, await freePort(), {
      NODE_ENV: 'test',
      DATABASE_URL: (s.name === CUT ? viaProxy : db).toString(),
      DATABASE_SCHEMA: `${schemaNameOf(s.name)}_${tag}`,
      SEED_PEOPLE: '400',
      SEED: '7',
    });
  }
  await Promise.all(Object.values(processes).map((p) => p.start()));
  const config = { ...loadGatewayConfig({ NODE_ENV: 'test', ...UNTHROTTLED }), port: 0, subgraphTimeoutMs: 2000 };
  gateway = await startGateway(config, { sdl: compose(registrySources(Object.fromEntries(Object.values(processes).map((p) => [p.name, p.url])))) });
  headers = { authorization: `Bearer ${await issueUserToken(config.jwt, { subject: 'fault-test', role: 'caseworker' })}`, 'x-purpose': 'CASE_REVIEW' };
  const list = await post(gateway.url, '{ households(filter: { program: MINIMUM_LIVING_ALLOWANCE, status: ACTIVE }, first: 20) { nodes { id size } } }', {}, headers);
  const bySize = list.data!.households.nodes.sort((a: any, b: any) => b.size - a.size);
  householdId = bySize[0].id;
  writerHouseholdId = bySize[1].id;
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(Object.values(processes ?? {}).map((p) => p.stop()));
  await proxy?.close();
});

/** HouseholdView back to back until stopped. */
function reader() {
  const answers: { at: number; res: GraphQLResponse }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const res = await post(gateway.url, contractOperation('HouseholdView'), { id: householdId }, headers).catch((e) => ({ status: 0, errors: [{ message: String(e) }] }));
      answers.push({ at: Date.now(), res });
      await sleep(20);
    }
  })();
  return { answers, stop: async () => { running = false; await loop; } };
}

/** Opens temporary-assistance cases, retrying each with its key until acknowledged. */
function writer() {
  const acknowledged: string[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const key = randomUUID();
      for (;;) {
        const res = await post(gateway.url, 'mutation($input: OpenAssistanceCaseInput!, $key: String) { openAssistanceCase(input: $input, idempotencyKey: $key) { id } }', {
          input: { householdId: writerHouseholdId, program: 'TEMPORARY_ASSISTANCE', startDate: '2026-11-01', oneOffAmount: '300.00' }, key,
        }, headers).catch(() => undefined);
        if (res?.data?.openAssistanceCase?.id) {
          acknowledged.push(res.data.openAssistanceCase.id);
          break;
        }
        await sleep(50);
      }
      await sleep(100);
    }
  })();
  return { acknowledged, stop: async () => { running = false; await loop; } };
}

const HEALTHY_FIELDS = ['name', 'employment', 'socialInsurance', 'housing', 'tradeUnion', 'disability'];

test('the graph answers through a killed subgraph and a cut database, names the failing agency, and recovers', async () => {
  const baseline = await post(gateway.url, contractOperation('HouseholdView'), { id: householdId }, headers);
  expect(baseline.errors).toBeUndefined();
  const stream = reader();
  const writes = writer();
  await sleep(1000);

  await processes[KILLED].kill();
  await sleep(3000);
  await processes[KILLED].start();
  await sleep(1000);

  await proxy.cut();
  await sleep(3000);
  await proxy.open();
  await waitFor(async () => (await fetch(`${processes[CUT].adminUrl}/ready`)).ok, `${CUT} to see its database again`, 30_000);
  const recovered = Date.now();
  await sleep(3000);
  await stream.stop();
  await writes.stop();

  const { answers } = stream;
  // A steady stream: one answer after another through every phase (how many depends on the machine's load).
  expect(answers.length).toBeGreaterThan(40);
  const failedAgencies = new Set<string>();
  for (const { res } of answers) {
    // Never a failed whole request: the household and its members always come back.
    expect(res.status).toBe(200);
    expect(res.data?.household?.id).toBe(householdId);
    expect(res.data!.household.members).toHaveLength(baseline.data!.household.members.length);
    for (const error of res.errors ?? []) {
      const agency = error.extensions?.subgraph;
      expect([KILLED, CUT]).toContain(agency);
      expect(error.message).toContain(agency);
      failedAgencies.add(agency);
    }
    // Healthy agencies' data is complete in every answer.
    res.data!.household.members.forEach((m: any, i: number) => {
      for (const field of HEALTHY_FIELDS) expect(m[field]).toEqual(baseline.data!.household.members[i][field]);
    });
  }
  expect([...failedAgencies].sort()).toEqual([CUT, KILLED].sort());
  const after = answers.filter((a) => a.at > recovered + 500);
  expect(after.length).toBeGreaterThanOrEqual(3);
  for (const { res } of after) expect(res).toEqual({ status: 200, data: baseline.data });

  const ids = writes.acknowledged;
  expect(ids.length).toBeGreaterThan(5);
  const check = await post(gateway.url, 'query($id: ID!) { household(id: $id) { assistanceCases { id program startDate oneOffAmount } } }', { id: writerHouseholdId }, headers);
  const written = check.data!.household.assistanceCases
    .filter((c: any) => c.program === 'TEMPORARY_ASSISTANCE' && c.startDate === '2026-11-01' && c.oneOffAmount === '300.00')
    .map((c: any) => c.id);
  // Every acknowledged write is stored, and retries stored nothing twice.
  expect(written.sort()).toEqual([...ids].sort());
}, 180_000);
