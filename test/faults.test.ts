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
  gateway = await startGateway(config, {
    sdl: compose(registrySources(Object.fromEntries(Object.values(processes).map((p) => [p.name, p.url])))),
  });
  headers = {
    authorization: `Bearer ${await issueUserToken(config.jwt, { subject: 'fault-test', role: 'caseworker' })}`,
    'x-purpose': 'CASE_REVIEW',
  };
  const list = await post(
    gateway.url,
    '{ households(filter: { program: MINIMUM_LIVING_ALLOWANCE, status: ACTIVE }, first: 20) { nodes { id size } } }',
    {},
    headers,
  );
  const bySize = list.data!.households.nodes.sort((a: any, b: any) => b.size - a.size);
  householdId = bySize[0].id;
  writerHouseholdId = bySize[1].id;
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(Object.values(processes ?? {}).map((p) => p.stop()));
  await proxy?.close();
});

/** A pause between one request and the next of a client: pacing, not waiting for anything. */
const pace = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `step` again and again, `pauseMs` apart, until stopped; stopping waits for the step under way. */
function repeatUntilStopped(step: () => Promise<void>, pauseMs: number): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      await step();
      await pace(pauseMs);
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

/** HouseholdView back to back until stopped. */
function reader() {
  const answers: { at: number; res: GraphQLResponse }[] = [];
  const stop = repeatUntilStopped(async () => {
    const res = await post(gateway.url, contractOperation('HouseholdView'), { id: householdId }, headers).catch((e) => ({
      status: 0,
      errors: [{ message: String(e) }],
    }));
    answers.push({ at: Date.now(), res });
  }, 20);
  return { answers, stop };
}

/** Opens temporary-assistance cases, retrying each with its key until acknowledged. */
function writer() {
  const acknowledged: string[] = [];
  const stop = repeatUntilStopped(async () => {
    const key = randomUUID();
    for (;;) {
      const res = await post(
        gateway.url,
        'mutation($input: OpenAssistanceCaseInput!, $key: String) { openAssistanceCase(input: $input, idempotencyKey: $key) { id } }',
        {
          input: { householdId: writerHouseholdId, program: 'TEMPORARY_ASSISTANCE', startDate: '2026-11-01', oneOffAmount: '300.00' },
          key,
        },
        headers,
      ).catch(() => undefined);
      if (res?.data?.openAssistanceCase?.id) {
        acknowledged.push(res.data.openAssistanceCase.id);
        return;
      }
      await pace(50);
    }
  }, 100);
  return { acknowledged, stop };
}

const HEALTHY_FIELDS = ['name', 'employment', 'socialInsurance', 'housing', 'tradeUnion', 'disability'];

/** What the reader and the writer saw through the faults, and the household before them. */
let baseline: GraphQLResponse;
let answers: { at: number; res: GraphQLResponse }[];
let recovered: number;
let acknowledged: string[];

const failingAgenciesOf = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.subgraph);

/**
 * The scenario the tests below look at: a subgraph killed and restarted, then another's database cut and
 * restored, each phase lasting until the stream of answers shows it (an agency named failing, then answers
 * whole again), not for a fixed time.
 */
beforeAll(async () => {
  baseline = await post(gateway.url, contractOperation('HouseholdView'), { id: householdId }, headers);
  expect(baseline.errors).toBeUndefined();
  const stream = reader();
  const writes = writer();
  const answersSince =
    (from: number, which: (res: GraphQLResponse) => boolean, count = 1) =>
    async () =>
      stream.answers.slice(from).filter(({ res }) => which(res)).length >= count;
  const whole = (res: GraphQLResponse) => res.status === 200 && !res.errors;
  const naming = (agency: string) => (res: GraphQLResponse) => failingAgenciesOf(res).includes(agency);
  await waitFor(answersSince(0, whole, 5), 'five whole answers before the faults');

  await processes[KILLED].kill();
  let from = stream.answers.length;
  await waitFor(answersSince(from, naming(KILLED)), `an answer naming ${KILLED} failing`);
  await processes[KILLED].start();
  from = stream.answers.length;
  await waitFor(answersSince(from, whole, 3), `whole answers with ${KILLED} back`);

  await proxy.cut();
  from = stream.answers.length;
  await waitFor(answersSince(from, naming(CUT)), `an answer naming ${CUT} failing`);
  await proxy.open();
  await waitFor(async () => (await fetch(`${processes[CUT].adminUrl}/ready`)).ok, `${CUT} to see its database again`, 30_000);
  recovered = Date.now();
  await waitFor(async () => stream.answers.filter((a) => a.at > recovered + 500).length >= 3, 'three answers after the recovery');
  await waitFor(async () => writes.acknowledged.length > 5, 'more than five acknowledged writes');
  await stream.stop();
  await writes.stop();
  ({ answers } = stream);
  ({ acknowledged } = writes);
}, 180_000);

test('no request fails whole: every answer through the faults carries the household and all its members', () => {
  for (const { res } of answers) {
    expect(res.status).toBe(200);
    expect(res.data?.household?.id).toBe(householdId);
    expect(res.data!.household.members).toHaveLength(baseline.data!.household.members.length);
  }
});

test('an error names the agency that failed, and only the killed and the cut agencies ever fail', () => {
  for (const { res } of answers) {
    for (const error of res.errors ?? []) {
      expect([KILLED, CUT]).toContain(error.extensions?.subgraph);
      expect(error.message).toContain(error.extensions?.subgraph);
    }
  }
  expect([...new Set(answers.flatMap(({ res }) => failingAgenciesOf(res)))].sort()).toEqual([CUT, KILLED].sort());
});

test("the healthy agencies' fields are complete in every answer", () => {
  for (const { res } of answers) {
    res.data!.household.members.forEach((m: any, i: number) => {
      for (const field of HEALTHY_FIELDS) expect(m[field]).toEqual(baseline.data!.household.members[i][field]);
    });
  }
});

test('once both agencies are back, answers are the same as before the faults', () => {
  for (const { res } of answers.filter((a) => a.at > recovered + 500)) expect(res).toEqual({ status: 200, data: baseline.data });
});

test('every write acknowledged through the faults is stored, and retries stored nothing twice', async () => {
  const check = await post(
    gateway.url,
    'query($id: ID!) { household(id: $id) { assistanceCases { id program startDate oneOffAmount } } }',
    { id: writerHouseholdId },
    headers,
  );
  const written = check
    .data!.household.assistanceCases.filter(
      (c: any) => c.program === 'TEMPORARY_ASSISTANCE' && c.startDate === '2026-11-01' && c.oneOffAmount === '300.00',
    )
    .map((c: any) => c.id);
  expect(written.sort()).toEqual([...acknowledged].sort());
});
