// Proactive discovery (主动发现, Interim Measures Art 17) through the real gateway: civil affairs runs its rules (saved
// cohorts) as its service over every unit they name, for PROACTIVE_DISCOVERY; each person found becomes one alert for
// the responsible unit, a run again opens none twice and resolves those it no longer finds, a unit down fails the run
// and closes nothing, and an alert referred reaches the unit's inbox through counties' one-window intake.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { developmentServiceKey } from '../shared/src/auth/service-identity';
import { AccessRecord, entryOf } from '../shared/src/audit/recorder';
import { loadSubgraphConfig } from '../shared/src/config';
import { cityToday } from '../shared/src/dates';
import { graphClient } from '../shared/src/graph-client';
import { projectPath } from '../shared/src/paths';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, post, serviceHeaders } from '../shared/src/testing/graphql';
import { Federation, startFederation } from './support/federation';
import { CuttableProxy, waitFor } from './support/processes';
import { DiscoveryService } from '../subgraphs/civil-affairs/src/discovery/service';
import { EVIDENCE_GONE } from '../subgraphs/civil-affairs/src/discovery/run';
import {
  DIBAO_PUPIL_WITHOUT_AID,
  DIBAO_UNEMPLOYED_WITHOUT_SERVICE,
  MEDICAL_COSTS_BEYOND_INCOME,
  MONITORED_WITHOUT_DIBAO,
  SEVERE_DISABILITY_WITHOUT_CARE,
} from '../subgraphs/civil-affairs/src/discovery/rules';

/** A city large enough that each rule finds several persons who have no alert opened by hand. */
const PEOPLE = 3000;
const UNITS = ['disabled-persons', 'education', 'human-resources', 'health', 'poverty-alleviation', 'counties'];
const RULES = [
  SEVERE_DISABILITY_WITHOUT_CARE,
  DIBAO_PUPIL_WITHOUT_AID,
  DIBAO_UNEMPLOYED_WITHOUT_SERVICE,
  MEDICAL_COSTS_BEYOND_INCOME,
  MONITORED_WITHOUT_DIBAO,
];
let graph: Federation;
let civil: RunningSubgraph;
let units: Record<string, RunningSubgraph>;
/** The disabled persons' federation as the gateway reaches it: through a proxy the tests cut to take it down. */
let disabledLink: CuttableProxy;

const RUN = `mutation($input: RunDiscoveryRulesInput!) { runDiscoveryRules(input: $input) { id status ruleVersion rule { id } } }`;
const RUN_STATUS = `query($id: ID!) { discoveryRun(id: $id) { id status matches opened closed error ruleVersion } }`;
const ALERT_FIELDS =
  'id status version ruleVersion responsibleUnit need openedByHand closedReason person { id } household { id } region { code }';
const ALERTS = `query($filter: DiscoveryAlertFilter, $after: String) {
  discoveryAlerts(filter: $filter, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ALERT_FIELDS} } }
}`;
const STEP = (field: string, input: string) =>
  `mutation($input: ${input}!) { ${field}(input: $input) { ${ALERT_FIELDS} referredAt closedAt } }`;

beforeAll(async () => {
  graph = await startFederation({
    only: ['civil-affairs', ...UNITS],
    people: PEOPLE,
    cuttable: 'disabled-persons',
    acting: ['civil-affairs', 'counties', 'disabled-persons'],
    subject: 'discovery',
    purpose: 'PROACTIVE_DISCOVERY',
  });
  ({ 'civil-affairs': civil, ...units } = graph.subgraphs);
  disabledLink = graph.link!;
}, 240_000);

afterAll(() => graph?.stop());

interface Run {
  id: string;
  status: string;
  matches: number | null;
  opened: number | null;
  closed: number | null;
  error: string | null;
  ruleVersion: number;
}

/** A run once it is no longer RUNNING, as a caller reads it: polling discoveryRun, as the schema says. */
async function finished(id: string): Promise<Run> {
  const headers = await graph.as('caseworker');
  let run: Run | undefined;
  await waitFor(async () => {
    run = (await post(graph.gatewayUrl, RUN_STATUS, { id }, headers)).data?.discoveryRun;
    return run !== undefined && run.status !== 'RUNNING';
  }, `run ${id} to finish`);
  return run!;
}

/** Runs rules on demand as a caseworker, and answers each run once it has finished. */
async function run(...ruleIds: string[]): Promise<Run[]> {
  const res = await post(graph.gatewayUrl, RUN, { input: ruleIds.length ? { ruleIds } : {} }, await graph.as('caseworker'));
  expect(res.errors).toBeUndefined();
  return Promise.all(res.data!.runDiscoveryRules.map((r: { id: string }) => finished(r.id)));
}

interface Alert {
  id: string;
  status: string;
  version: number;
  ruleVersion: number;
  openedByHand: boolean;
  closedReason: string | null;
  person: { id: string };
  household: { id: string } | null;
  region: { code: string };
}

/** Every alert under a rule (in a status), walked page by page as a caseworker. */
async function alertsOf(ruleId: string, status?: string): Promise<Alert[]> {
  const headers = await graph.as('caseworker');
  const all: Alert[] = [];
  for (let after: string | undefined; ;) {
    const res = await post(graph.gatewayUrl, ALERTS, { filter: { ruleId, ...(status ? { status } : {}) }, after }, headers);
    expect(res.errors).toBeUndefined();
    all.push(...res.data!.discoveryAlerts.nodes);
    if (!res.data!.discoveryAlerts.pageInfo.hasNextPage) return all;
    after = res.data!.discoveryAlerts.pageInfo.endCursor;
  }
}
const live = async (ruleId: string) => [...(await alertsOf(ruleId, 'OPEN')), ...(await alertsOf(ruleId, 'REFERRED'))];

/** Grade 1-2 certificate holders with no ACTIVE severe-care subsidy, as the federation's own tables say. */
const severeWithoutCare = async (): Promise<string[]> =>
  (
    await units['disabled-persons'].db.query(
      `SELECT c.person_key FROM disability_certificate c WHERE c.grade IN (1, 2) AND NOT EXISTS (
         SELECT 1 FROM disability_subsidy s WHERE s.person_key = c.person_key AND s.kind = 'SEVERE_CARE' AND s.status = 'ACTIVE')
       ORDER BY 1`,
    )
  ).map((r: { person_key: string }) => r.person_key);

/** An open alert a run of the severe-disability rule opened (it runs the rule first). */
async function openAlert(): Promise<Alert> {
  await run(SEVERE_DISABILITY_WITHOUT_CARE);
  const alert = (await live(SEVERE_DISABILITY_WITHOUT_CARE)).find((a) => a.status === 'OPEN' && !a.openedByHand);
  if (!alert) throw new Error('the severe-disability rule found no one without an alert opened by hand: seed a larger city');
  return alert;
}

/** Delivers what the outboxes owe now: civil affairs' referrals to counties, counties' to the unit, the unit's reports back. */
async function settle() {
  await civil.outbox.drain({ waiting: true });
  await units.counties.outbox.drain({ waiting: true });
  await units['disabled-persons'].outbox.drain({ waiting: true });
}

async function step(field: string, input: string, values: Record<string, unknown>) {
  const res = await post(graph.gatewayUrl, STEP(field, input), { input: values }, await graph.as('caseworker', 'CASE_REVIEW'));
  expect(res.errors).toBeUndefined();
  return res.data![field];
}

/** A replica of civil affairs' discovery over the same database, its schedule on: what a second process would run. */
function replica(background: Promise<void>[]) {
  const replicaConfig = loadSubgraphConfig('civil-affairs', 0, { NODE_ENV: 'test', DISCOVERY_INTERVAL_MINUTES: '1440' });
  return new DiscoveryService({
    db: civil.db,
    graph: graphClient({ agency: 'civil-affairs', key: developmentServiceKey('civil-affairs'), url: graph.gatewayUrl }),
    config: replicaConfig,
    background: (identity, _operation, work) => {
      background.push(work(async (access: AccessRecord) => (access.empty ? undefined : civil.accessLog.append(entryOf(identity, access)))));
    },
  });
}

test('on the schedule, two replicas start each due rule once between them, and neither again within the interval', async () => {
  const work: Promise<void>[] = [];
  const [one, two] = [replica(work), replica(work)];
  const started = (await Promise.all([one.runDue(), two.runDue()])).flat();
  expect(started.map((r) => r.ruleId).sort()).toEqual([...RULES].sort());
  await Promise.all(work);
  const runs = await Promise.all(started.map((r) => finished(r.id)));
  expect(runs.map((r) => r.status)).toEqual(runs.map(() => 'COMPLETED'));
  expect([...(await one.runDue()), ...(await two.runDue())]).toEqual([]);
});

test('a rule run twice opens each alert once: one live alert for each person the units say the rule finds', async () => {
  const [first] = await run(SEVERE_DISABILITY_WITHOUT_CARE);
  expect(first).toMatchObject({ status: 'COMPLETED', error: null });
  const expected = await severeWithoutCare();
  expect(first.matches).toBe(expected.length);
  const alerts = await live(SEVERE_DISABILITY_WITHOUT_CARE);
  const byRun = alerts.filter((a) => !a.openedByHand).map((a) => a.person.id);
  const byHand = new Set(alerts.filter((a) => a.openedByHand).map((a) => a.person.id));
  expect(byRun.sort()).toEqual(expected.filter((key) => !byHand.has(key)));
  expect(new Set(alerts.map((a) => a.person.id)).size).toBe(alerts.length);

  const [second] = await run(SEVERE_DISABILITY_WITHOUT_CARE);
  expect(second).toMatchObject({ status: 'COMPLETED', matches: expected.length, opened: 0, closed: 0 });
  expect((await live(SEVERE_DISABILITY_WITHOUT_CARE)).map((a) => a.id).sort()).toEqual(alerts.map((a) => a.id).sort());
});

test('a retry of runDiscoveryRules with the same idempotency key answers the runs it started, and starts none', async () => {
  const RUN_KEYED = `mutation($input: RunDiscoveryRulesInput!, $key: String) { runDiscoveryRules(input: $input, idempotencyKey: $key) { id } }`;
  const variables = { input: { ruleIds: [MONITORED_WITHOUT_DIBAO, DIBAO_PUPIL_WITHOUT_AID] }, key: randomUUID() };
  const first = await post(graph.gatewayUrl, RUN_KEYED, variables, await graph.as('caseworker'));
  expect(first.errors).toBeUndefined();
  await Promise.all(first.data!.runDiscoveryRules.map((r: { id: string }) => finished(r.id)));
  const [{ before }] = await civil.db.query('SELECT count(*)::int AS before FROM discovery_run');
  const retry = await post(graph.gatewayUrl, RUN_KEYED, variables, await graph.as('caseworker'));
  expect(retry.data!.runDiscoveryRules).toEqual(first.data!.runDiscoveryRules);
  const [{ after }] = await civil.db.query('SELECT count(*)::int AS after FROM discovery_run');
  expect(after).toBe(before);
});

test('a person who stops matching has the alert resolved on the next run, as "evidence gone"', async () => {
  await openAlert();
  const never = new Set(
    (await units['disabled-persons'].db.query("SELECT person_key FROM disability_subsidy WHERE kind = 'SEVERE_CARE'")).map(
      (r: { person_key: string }) => r.person_key,
    ),
  );
  const alerts = await live(SEVERE_DISABILITY_WITHOUT_CARE);
  const target = alerts.find((a) => !a.openedByHand && !never.has(a.person.id))!;
  const [{ grade }] = await units['disabled-persons'].db.query('SELECT grade FROM disability_certificate WHERE person_key = $1', [
    target.person.id,
  ]);
  const granted = await post(
    graph.gatewayUrl,
    `mutation($input: GrantDisabilitySubsidyInput!) { grantDisabilitySubsidy(input: $input) { id status } }`,
    { input: { personId: target.person.id, kind: 'SEVERE_CARE', monthlyAmount: grade === 1 ? '100.00' : '80.00', startDate: cityToday() } },
    await graph.as('disabled-persons', 'CASE_REVIEW'),
  );
  expect(granted.errors).toBeUndefined();

  const [after] = await run(SEVERE_DISABILITY_WITHOUT_CARE);
  expect(after).toMatchObject({ status: 'COMPLETED', opened: 0, closed: 1 });
  const [closed] = (await alertsOf(SEVERE_DISABILITY_WITHOUT_CARE, 'RESOLVED')).filter((a) => a.id === target.id);
  expect(closed).toMatchObject({ status: 'RESOLVED', closedReason: EVIDENCE_GONE, version: target.version + 1 });
  const still = (await live(SEVERE_DISABILITY_WITHOUT_CARE)).map((a) => a.id);
  expect(still.sort()).toEqual(
    alerts
      .filter((a) => a.id !== target.id)
      .map((a) => a.id)
      .sort(),
  );
});

test("an alert referred reaches the responsible unit's inbox as an application from the discovery channel, and is then resolved", async () => {
  const alert = await openAlert();
  const referred = await step('referDiscoveryAlert', 'DiscoveryAlertStepInput', { id: alert.id, version: alert.version });
  expect(referred).toMatchObject({ status: 'REFERRED', referredAt: expect.any(String) });
  await settle();

  const inbox = await post(
    graph.gatewayUrl,
    `query($filter: InboxReferralFilter) { disabledPersonsReferrals(filter: $filter) { nodes { applicationId need status documents person { id } } } }`,
    { filter: { personId: alert.person.id } },
    await graph.as('disabled-persons', 'CASE_REVIEW'),
  );
  expect(inbox.errors).toBeUndefined();
  expect(inbox.data!.disabledPersonsReferrals.nodes).toEqual([
    {
      applicationId: alert.id,
      need: 'DISABILITY_SUBSIDY',
      status: 'RECEIVED',
      documents: ['主动发现: 重度残疾人未享护理补贴 (v1)'],
      person: { id: alert.person.id },
    },
  ]);
  const application = await post(
    graph.gatewayUrl,
    `query($id: ID!) { oneWindowApplication(id: $id) { channel person { id } referrals { need unit status } } }`,
    { id: alert.id },
    await graph.as('caseworker', 'CASE_REVIEW'),
  );
  expect(application.data!.oneWindowApplication).toEqual({
    channel: 'DISCOVERY',
    person: { id: alert.person.id },
    referrals: [{ need: 'DISABILITY_SUBSIDY', unit: 'DISABLED_PERSONS', status: 'RECEIVED' }],
  });

  const resolved = await step('resolveDiscoveryAlert', 'ResolveDiscoveryAlertInput', {
    id: alert.id,
    version: referred.version,
    note: '已转残联受理, 护理补贴申请中',
  });
  expect(resolved).toMatchObject({ status: 'RESOLVED', closedReason: '已转残联受理, 护理补贴申请中', closedAt: expect.any(String) });
});

test('counties take a referred alert in once, however often it is delivered', async () => {
  const alert = await openAlert();
  await step('referDiscoveryAlert', 'DiscoveryAlertStepInput', { id: alert.id, version: alert.version });
  await settle();
  const [delivery] = await civil.db.query('SELECT document, variables FROM outbox WHERE dedupe_key = $1', [
    `discovery-referral:${alert.id}`,
  ]);
  const again = await post(graph.gatewayUrl, delivery.document, delivery.variables, serviceHeaders('civil-affairs', 'REFERRAL'));
  expect(again.errors).toBeUndefined();
  const [{ applications, referrals }] = await units.counties.db.query(
    `SELECT count(DISTINCT a.id)::int AS applications, count(r.id)::int AS referrals
       FROM one_window_application a JOIN one_window_referral r ON r.application_id = a.id WHERE a.id = $1`,
    [alert.id],
  );
  expect({ applications, referrals }).toEqual({ applications: 1, referrals: 1 });
  const twice = await post(
    graph.gatewayUrl,
    STEP('referDiscoveryAlert', 'DiscoveryAlertStepInput'),
    { input: { id: alert.id, version: alert.version + 1 } },
    await graph.as('caseworker'),
  );
  expect(expectErrorCode(twice, 'BAD_USER_INPUT', 'referDiscoveryAlert').message).toMatch(/referred already/);
});

test('a dismissal needs a reason', async () => {
  const alert = await openAlert();
  const blank = await post(
    graph.gatewayUrl,
    STEP('dismissDiscoveryAlert', 'DismissDiscoveryAlertInput'),
    { input: { id: alert.id, version: alert.version, reason: '   ' } },
    await graph.as('caseworker'),
  );
  expect(expectErrorCode(blank, 'BAD_USER_INPUT', 'dismissDiscoveryAlert').extensions!.field).toBe('input.reason');
  const none = await post(
    graph.gatewayUrl,
    STEP('dismissDiscoveryAlert', 'DismissDiscoveryAlertInput'),
    { input: { id: alert.id, version: alert.version } },
    await graph.as('caseworker'),
  );
  expect(none.errors?.[0].message).toMatch(/reason/);
  expect((await alertsOf(SEVERE_DISABILITY_WITHOUT_CARE)).find((a) => a.id === alert.id)).toMatchObject({
    status: 'OPEN',
    version: alert.version,
  });
});

test("a dismissed person is not alerted again at the rule's version; the rule's next version looks again", async () => {
  const alert = await openAlert();
  await step('dismissDiscoveryAlert', 'DismissDiscoveryAlertInput', {
    id: alert.id,
    version: alert.version,
    reason: '本人拒绝申请护理补贴',
  });
  await run(SEVERE_DISABILITY_WITHOUT_CARE);
  expect((await live(SEVERE_DISABILITY_WITHOUT_CARE)).some((a) => a.person.id === alert.person.id)).toBe(false);

  const rule = await post(
    graph.gatewayUrl,
    `query($id: ID!) { discoveryRule(id: $id) { version } }`,
    { id: SEVERE_DISABILITY_WITHOUT_CARE },
    await graph.as('admin', 'AUDIT'),
  );
  const changed = await post(
    graph.gatewayUrl,
    `mutation($input: ChangeDiscoveryRuleInput!) { changeDiscoveryRule(input: $input) { version } }`,
    {
      input: {
        id: SEVERE_DISABILITY_WITHOUT_CARE,
        version: rule.data!.discoveryRule.version,
        description: '一、二级残疾人证持证人, 未享受重度残疾人护理补贴.',
      },
    },
    await graph.as('admin', 'AUDIT'),
  );
  expect(changed.errors).toBeUndefined();
  const [next] = await run(SEVERE_DISABILITY_WITHOUT_CARE);
  expect(next.ruleVersion).toBe(changed.data!.changeDiscoveryRule.version);
  const again = (await live(SEVERE_DISABILITY_WITHOUT_CARE)).find((a) => a.person.id === alert.person.id);
  expect(again).toMatchObject({ status: 'OPEN', ruleVersion: next.ruleVersion });
});

test('a unit that does not answer fails the run loudly, naming it, and closes no alert', async () => {
  const before = (await live(SEVERE_DISABILITY_WITHOUT_CARE)).map((a) => a.id).sort();
  await disabledLink.cut();
  let failed: Run;
  try {
    [failed] = await run(SEVERE_DISABILITY_WITHOUT_CARE);
  } finally {
    await disabledLink.open();
  }
  expect(failed).toMatchObject({ status: 'FAILED', matches: null, opened: null, closed: null });
  expect(failed.error).toMatch(/disabled-persons/);
  expect((await live(SEVERE_DISABILITY_WITHOUT_CARE)).map((a) => a.id).sort()).toEqual(before);
  expect(await civil.db.query('SELECT 1 FROM discovery_match WHERE run_id = $1', [failed.id])).toEqual([]);
});

test("every seeded rule runs over the units it names, each alert with the rule's unit, need and each unit's evidence", async () => {
  const runs = await run();
  expect(runs.map((r) => r.status)).toEqual(RULES.map(() => 'COMPLETED'));
  // Not vacuous: every rule finds someone in the demo city.
  expect(runs.filter((r) => !r.matches)).toEqual([]);
  const EVIDENCE = `query($filter: DiscoveryAlertFilter) { discoveryAlerts(filter: $filter, first: 100) {
    nodes { responsibleUnit need person { id household { head { id } } } evidence { unit source listed amount said } } } }`;
  const read = async (ruleId: string) =>
    (await post(graph.gatewayUrl, EVIDENCE, { filter: { ruleId, status: 'OPEN' } }, await graph.as('caseworker'))).data!.discoveryAlerts
      .nodes;

  const pupils = await read(DIBAO_PUPIL_WITHOUT_AID);
  for (const a of pupils) {
    expect(a).toMatchObject({ responsibleUnit: 'education', need: 'EDUCATION_AID' });
    expect(a.evidence.map((e: { unit: string }) => e.unit)).toEqual(['civil-affairs', 'education', 'education']);
  }
  const unemployed = await read(DIBAO_UNEMPLOYED_WITHOUT_SERVICE);
  for (const a of unemployed)
    expect(a.evidence.map((e: { unit: string; listed: boolean }) => [e.unit, e.listed])).toEqual([
      ['civil-affairs', true],
      ['human-resources', true],
      ['civil-affairs', true],
      ['disabled-persons', false],
    ]);
  // Per household: each alert is for the head of a household a monitored member lives in.
  for (const a of await read(MONITORED_WITHOUT_DIBAO)) expect(a.person.household.head.id).toBe(a.person.id);
  // Weighed: the self-paid costs above the share of the household's income, both figures on the evidence.
  for (const a of await read(MEDICAL_COSTS_BEYOND_INCOME)) {
    const [selfPaid, income] = a.evidence.slice(-2);
    expect([selfPaid.unit, income.unit]).toEqual(['health', 'civil-affairs']);
    expect(Number(selfPaid.amount)).toBeGreaterThan(0.25 * Number(income.amount));
  }
});

test("the saved operation DiscoveryAlertsByUnit lists a unit's open alerts county by county for a caseworker", async () => {
  const document = readFileSync(projectPath('test', 'operations', 'DiscoveryAlertsByUnit.graphql'), 'utf8');
  const res = await post(graph.gatewayUrl, document, { unit: 'disabled-persons', first: 100 }, await graph.as('caseworker', 'CASE_REVIEW'));
  expect(res.errors).toBeUndefined();
  const { discoveryAlertCounts: counts, discoveryAlerts: alerts } = res.data!;
  expect(alerts.nodes.length).toBeGreaterThan(1);
  const counties = alerts.nodes.map((a: { region: { code: string } }) => a.region.code);
  expect(counties).toEqual([...counties].sort());
  expect(counts.reduce((sum: number, c: { alerts: number }) => sum + c.alerts, 0)).toBe(alerts.totalCount);
  expect(alerts.nodes[0].person.name).toEqual(expect.any(String));
});

test("an analyst sees alerts pseudonymously, without the caseworkers' notes, and the read is on civil affairs' access log", async () => {
  const res = await post(
    graph.gatewayUrl,
    `query { discoveryAlerts(filter: { unit: "disabled-persons" }, first: 10) { nodes { id person { id name ageBand } note closedReason evidence { said } } } }`,
    {},
    await graph.as('analyst'),
  );
  const nodes = res.data!.discoveryAlerts.nodes as { id: string; person: { id: string; name: null }; note: null; evidence: unknown[] }[];
  expect(nodes.length).toBeGreaterThan(1);
  for (const n of nodes) expect(n).toMatchObject({ person: { name: null, ageBand: expect.any(String) }, note: null, closedReason: null });
  const refused = new Set((res.errors ?? []).map((e) => `${e.extensions?.code} ${e.path?.slice(-1)[0]}`));
  expect([...refused].sort()).toEqual(['FORBIDDEN closedReason', 'FORBIDDEN name', 'FORBIDDEN note']);
  const [row] = await civil.db.query(
    "SELECT person_keys FROM access_log WHERE subject = 'discovery-analyst' AND 'Query.discoveryAlerts' = ANY(fields) ORDER BY id DESC LIMIT 1",
  );
  expect(new Set(row.person_keys)).toEqual(new Set(nodes.map((n) => n.person.id)));
});

test("each unit logs a run's reads as civil affairs' service's, for proactive discovery", async () => {
  const [done] = await run(SEVERE_DISABILITY_WITHOUT_CARE);
  expect(done.status).toBe('COMPLETED');
  const rows = await units['disabled-persons'].db.query(
    `SELECT subject, role, purpose, person_keys FROM access_log WHERE 'Query.disabledPersonsCohortKeys' = ANY(fields) ORDER BY id DESC LIMIT 1`,
  );
  expect(rows[0]).toMatchObject({ subject: 'service:civil-affairs', role: 'service:civil-affairs', purpose: 'PROACTIVE_DISCOVERY' });
  expect([...rows[0].person_keys].sort()).toEqual(await severeWithoutCare());
});

test("civil affairs' service reads the units' records for proactive discovery only", async () => {
  const KEYS = `query { disabledPersonsCohortKeys(filter: { grades: [1, 2] }, first: 10) { keys } }`;
  const verifying = await post(graph.gatewayUrl, KEYS, {}, serviceHeaders('civil-affairs', 'ELIGIBILITY_VERIFICATION'));
  expect(expectErrorCode(verifying, 'FORBIDDEN', 'disabledPersonsCohortKeys').message).toMatch(/records:disabled-persons/);
  const discovering = await post(graph.gatewayUrl, KEYS, {}, serviceHeaders('civil-affairs', 'PROACTIVE_DISCOVERY'));
  expect(discovering.errors).toBeUndefined();
  expect(discovering.data!.disabledPersonsCohortKeys.keys.length).toBeGreaterThan(0);
});
