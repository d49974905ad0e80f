// The linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制) through the real gateway: prices
// decide a month under the rule in force, and finance's batch pays each covered person that month's temporary price
// subsidy once, as its own service reading civil affairs, human resources and prices over the graph; a batch stopped
// by a unit going down completes when run again and pays no one twice.
import { randomUUID } from 'node:crypto';
import { cityToday } from '../shared/src/dates';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, post } from '../shared/src/testing/graphql';
import { priceSubsidyFaults } from '../subgraphs/finance/src/price-subsidy';
import { addMonths, monthOf } from '../subgraphs/prices/src/figures';
import { Federation, startFederation } from './support/federation';
import { CuttableProxy, waitFor } from './support/processes';

let graph: Federation;
let civil: RunningSubgraph;
let hr: RunningSubgraph;
let prices: RunningSubgraph;
let finance: RunningSubgraph;
/** Civil affairs as the gateway reaches it: through a proxy a test cuts to take it down mid-batch. */
let civilLink: CuttableProxy;

const TODAY = cityToday();
/** A month of the demo series whose indices the tests set to a triggering CPI rise of 3.6%. */
const TRIGGERED = addMonths(monthOf(TODAY), -3);
/** A month of the series set below both triggers. */
const CALM = addMonths(monthOf(TODAY), -4);
/** In the period of the lowered trigger (2022-09 to 2023-03: CPI 3.0%), and the same figures a year later under the default 3.5%. */
const LOWERED = '2022-11';
const DEFAULT_AGAIN = '2023-11';
/** The month after it, which a rule adopted in the tests lowers the trigger of. */
const ADOPTED = '2023-12';

const DECISION = `query($month: String!) { priceLinkage(month: $month) {
  month published triggered triggers rise explanation cpi { value } foodCpi { value } rule { validFrom validTo cpiTrigger foodCpiTrigger } } }`;
const RUN = `mutation($month: String!, $key: String) { runPriceSubsidyBatch(input: { month: $month }, idempotencyKey: $key) {
  month status runs rise triggers covered paid withoutAccount total explanation lastError
  groups { group persons } counties { region { code } standard perPerson covered paid withoutAccount total } } }`;
const SELECTION = `month status runs rise triggers covered paid withoutAccount total explanation lastError
  groups { group persons } counties { region { code } standard perPerson covered paid withoutAccount total }`;
/** Only finance's own fields: what a caller polls while the batch runs, whichever other unit is down. */
const STATUS = 'query($month: String!) { priceSubsidyBatch(month: $month) { status } }';
const WHOLE = `query($month: String!) { priceSubsidyBatch(month: $month) { ${SELECTION} } }`;

/** The month's batch once it is no longer RUNNING, as a caller reads it: polling priceSubsidyBatch, as the README says. */
async function settled(month: string) {
  const finance = await graph.as('finance');
  await waitFor(
    async () => (await post(graph.gatewayUrl, STATUS, { month }, finance)).data?.priceSubsidyBatch?.status !== 'RUNNING',
    `the batch of ${month} to finish`,
  );
  const res = await post(graph.gatewayUrl, WHOLE, { month }, finance);
  expect(res.errors).toBeUndefined();
  return res.data!.priceSubsidyBatch;
}

const BATCH = `query($month: String!, $region: String) { priceSubsidyBatch(month: $month) {
  status rise cpiTrigger paid total counties(regionCode: $region) { region { code name } standard perPerson covered paid total } } }`;

/** Sets a month's CPI and food CPI through the gateway as the price bureau: publishing them, or correcting them. */
async function setIndices(month: string, cpi: string, food: string) {
  const bureau = await graph.as('prices');
  for (const [kind, value] of [
    ['CPI', cpi],
    ['FOOD_CPI', food],
  ]) {
    const [held] = await prices.db.query('SELECT version, value_tenths FROM price_index WHERE id = $1', [`${month}:${kind}`]);
    const res = held
      ? await post(
          graph.gatewayUrl,
          'mutation($input: CorrectPriceIndexInput!) { correctPriceIndex(input: $input) { id } }',
          { input: { id: `${month}:${kind}`, version: held.version, value, publishedOn: TODAY, reason: '测试设定的指数' } },
          bureau,
        )
      : await post(
          graph.gatewayUrl,
          'mutation($input: PublishPriceIndexInput!) { publishPriceIndex(input: $input) { id } }',
          { input: { kind, month, value, publishedOn: TODAY } },
          bureau,
        );
    if (res.errors && !(held && `${Math.floor(held.value_tenths / 10)}.${held.value_tenths % 10}` === value))
      expect(res.errors).toBeUndefined();
  }
}

/** Every covered person, each once, as the units hold them: members of ACTIVE 低保/特困 households, and UI recipients. */
async function coveredPersons(): Promise<Set<string>> {
  const members: { key: string }[] = await civil.db.query(
    `SELECT DISTINCT p.key FROM person p JOIN assistance_case c ON c.household_id = p.household_id
      WHERE c.status = 'ACTIVE' AND c.program IN ('MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT')`,
  );
  const insured: { person_key: string }[] = await hr.db.query(
    "SELECT DISTINCT person_key FROM social_insurance_enrollment WHERE scheme = 'UNEMPLOYMENT' AND status = 'RECEIVING'",
  );
  return new Set([...members.map((m) => m.key), ...insured.map((i) => i.person_key)]);
}

const ledger = async (month: string) =>
  (await finance.db.query(
    "SELECT person_key, count(*)::int AS n FROM payment WHERE programme = 'PRICE_SUBSIDY' AND month = $1 GROUP BY person_key",
    [month],
  )) as { person_key: string; n: number }[];

beforeAll(async () => {
  graph = await startFederation({
    only: ['civil-affairs', 'human-resources', 'prices', 'finance'],
    people: 800,
    cuttable: 'civil-affairs',
    acting: ['finance'],
    subject: 'linkage',
    purpose: 'CASE_REVIEW',
  });
  ({ 'civil-affairs': civil, 'human-resources': hr, prices, finance } = graph.subgraphs);
  civilLink = graph.link!;
  await setIndices(TRIGGERED, '103.6', '104.1');
  await setIndices(CALM, '101.2', '103.0');
  await setIndices(LOWERED, '103.2', '104.0');
  await setIndices(DEFAULT_AGAIN, '103.2', '104.0');
  await setIndices(ADOPTED, '103.2', '104.0');
}, 180_000);

afterAll(async () => {
  delete priceSubsidyFaults.afterPage;
  await graph?.stop();
});

test('a month whose CPI rose 3.6% triggers the linkage by the default rule, on a rise of 3.6', async () => {
  const res = await post(graph.gatewayUrl, DECISION, { month: TRIGGERED }, await graph.as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!.priceLinkage).toMatchObject({
    published: true,
    triggered: true,
    triggers: ['CPI'],
    rise: '3.6',
    cpi: { value: '103.6' },
    rule: { validFrom: '2014-01', validTo: null, cpiTrigger: '3.5', foodCpiTrigger: '6.0' },
  });
});

test('a rise of 3.2% triggers inside the period of the lowered trigger (2022-09 to 2023-03) and not under the default after it', async () => {
  const caseworker = await graph.as('caseworker');
  const lowered = (await post(graph.gatewayUrl, DECISION, { month: LOWERED }, caseworker)).data!.priceLinkage;
  const after = (await post(graph.gatewayUrl, DECISION, { month: DEFAULT_AGAIN }, caseworker)).data!.priceLinkage;
  expect(lowered).toMatchObject({
    triggered: true,
    triggers: ['CPI'],
    rise: '3.2',
    rule: { validFrom: '2022-09', validTo: '2023-03', cpiTrigger: '3.0' },
  });
  expect(after).toMatchObject({ triggered: false, triggers: [], rise: null, rule: { cpiTrigger: '3.5' } });
  expect(after.explanation).toMatch(/below both triggers/);
});

test('a rule the price bureau adopts for a month supersedes the default for that month only, and is kept with its history', async () => {
  const adopted = await post(
    graph.gatewayUrl,
    `mutation($input: AdoptPriceLinkageRuleInput!) { adoptPriceLinkageRule(input: $input, idempotencyKey: "${randomUUID()}") { id version } }`,
    {
      input: {
        validFrom: ADOPTED,
        validTo: ADOPTED,
        cpiTrigger: '3.0',
        foodCpiTrigger: '6.0',
        multiplier: '1.50',
        minimum: '10.00',
        basis: '岁末年初阶段性降低启动条件',
      },
    },
    await graph.as('prices'),
  );
  expect(adopted.errors).toBeUndefined();
  const caseworker = await graph.as('caseworker');
  const decision = (await post(graph.gatewayUrl, DECISION, { month: ADOPTED }, caseworker)).data!.priceLinkage;
  expect(decision).toMatchObject({ triggered: true, rise: '3.2', rule: { validFrom: ADOPTED, validTo: ADOPTED, cpiTrigger: '3.0' } });
  expect((await post(graph.gatewayUrl, DECISION, { month: DEFAULT_AGAIN }, caseworker)).data!.priceLinkage.triggered).toBe(false);
  const [history] = await prices.db.query(
    "SELECT count(*)::int AS n FROM change_history WHERE entity_type = 'PriceLinkageRule' AND entity_id = $1",
    [adopted.data!.adoptPriceLinkageRule.id],
  );
  expect(history.n).toBe(1);
});

test("a triggered month's batch answers RUNNING at once, then pays every covered person once, the 低保 standard times the rise, counted per county", async () => {
  const res = await post(graph.gatewayUrl, RUN, { month: TRIGGERED, key: randomUUID() }, await graph.as('finance'));
  expect(res.errors).toBeUndefined();
  expect(res.data!.runPriceSubsidyBatch).toMatchObject({ month: TRIGGERED, status: 'RUNNING', runs: 1 });
  const batch = await settled(TRIGGERED);
  expect(batch).toMatchObject({ month: TRIGGERED, status: 'COMPLETED', runs: 1, rise: '3.6', triggers: ['CPI'], lastError: null });

  const covered = await coveredPersons();
  const paid = await ledger(TRIGGERED);
  expect(paid.every((p) => p.n === 1)).toBe(true);
  expect(paid.every((p) => covered.has(p.person_key))).toBe(true);
  expect({ covered: batch.covered, paid: batch.paid + batch.withoutAccount }).toEqual({ covered: covered.size, paid: covered.size });
  expect(batch.paid).toBe(paid.length);
  expect(batch.paid).toBeGreaterThan(0);
  expect(batch.groups.map((g: { group: string }) => g.group)).toEqual([
    'MINIMUM_LIVING_ALLOWANCE',
    'EXTREME_POVERTY_SUPPORT',
    'UNEMPLOYMENT_INSURANCE',
  ]);

  // Each county's standard in force at the end of the month (the earliest, for a county with none yet).
  const standards: { region_code: string; monthly_amount_fen: string }[] = await civil.db.query(
    `SELECT DISTINCT ON (region_code) region_code, monthly_amount_fen FROM assistance_standard WHERE program = 'MINIMUM_LIVING_ALLOWANCE'
      ORDER BY region_code, (effective_from < ($1 || '-01')::date + interval '1 month') DESC,
               CASE WHEN effective_from < ($1 || '-01')::date + interval '1 month' THEN effective_from END DESC NULLS LAST, effective_from`,
    [TRIGGERED],
  );
  expect(batch.counties.length).toBe(standards.length);
  for (const county of batch.counties) {
    const standard = BigInt(standards.find((s) => s.region_code === county.region.code)!.monthly_amount_fen);
    const expected = (standard * 36n + 500n) / 1000n;
    expect({ region: county.region.code, perPerson: county.perPerson }).toEqual({
      region: county.region.code,
      perPerson: `${expected / 100n}.${String(expected % 100n).padStart(2, '0')}`,
    });
  }
});

test("the batch's access-log rows, one a page, name every person it paid as the writer's, and civil affairs logs finance's service reading for PRICE_LINKAGE", async () => {
  const paid = (await ledger(TRIGGERED)).map((p) => p.person_key).sort();
  const rows: { person_keys: string[] }[] = await finance.db.query(
    "SELECT person_keys FROM access_log WHERE role = 'finance' AND subject = 'linkage-finance' AND operation = 'runPriceSubsidyBatch'",
  );
  const logged = new Set(rows.flatMap((r) => r.person_keys));
  expect(paid.filter((key) => !logged.has(key))).toEqual([]);
  const reads: { purpose: string; role: string }[] = await civil.db.query(
    "SELECT DISTINCT purpose, role FROM access_log WHERE role = 'service:finance' AND purpose = 'PRICE_LINKAGE'",
  );
  expect(reads).toEqual([{ purpose: 'PRICE_LINKAGE', role: 'service:finance' }]);
});

test('running a completed batch again pays no one more and answers it as it stands', async () => {
  const before = await ledger(TRIGGERED);
  const again = await post(graph.gatewayUrl, RUN, { month: TRIGGERED, key: randomUUID() }, await graph.as('finance'));
  expect(again.errors).toBeUndefined();
  expect(again.data!.runPriceSubsidyBatch).toMatchObject({ status: 'COMPLETED', runs: 1 });
  expect(await ledger(TRIGGERED)).toEqual(before);
});

test("a member of a 低保 household who is not its head sees the month's subsidy in Person.payments, paid into the household's account", async () => {
  const [member] = await civil.db.query(
    `SELECT p.key FROM person p JOIN household h ON h.id = p.household_id JOIN assistance_case c ON c.household_id = h.id
      WHERE c.status = 'ACTIVE' AND c.program = 'MINIMUM_LIVING_ALLOWANCE' AND p.key <> h.head_key ORDER BY p.key LIMIT 1`,
  );
  const res = await post(
    graph.gatewayUrl,
    'query($id: ID!) { person(id: $id) { payments(first: 50) { nodes { programme month amount status account } } } }',
    { id: member.key },
    await graph.as('caseworker'),
  );
  expect(res.errors).toBeUndefined();
  const subsidies = res.data!.person.payments.nodes.filter((p: { programme: string }) => p.programme === 'PRICE_SUBSIDY');
  expect(subsidies).toEqual([expect.objectContaining({ month: TRIGGERED, status: 'PAID', account: expect.stringMatching(/\*\*\*\*/) })]);
});

test('a month below both triggers is recorded as not triggered, says why, and pays no one', async () => {
  const res = await post(graph.gatewayUrl, RUN, { month: CALM }, await graph.as('finance'));
  expect(res.errors).toBeUndefined();
  expect(res.data!.runPriceSubsidyBatch).toMatchObject({
    status: 'NOT_TRIGGERED',
    triggers: [],
    rise: null,
    paid: 0,
    total: '0.00',
    counties: [],
  });
  expect(res.data!.runPriceSubsidyBatch.explanation).toMatch(/CPI 101\.2 \(1\.2%\), food CPI 103\.0 \(3\.0%\): below both triggers/);
  expect(await ledger(CALM)).toEqual([]);
});

test('a month whose indices are not published is refused naming the month, and records no batch', async () => {
  const unpublished = addMonths(monthOf(TODAY), 1);
  const res = await post(graph.gatewayUrl, RUN, { month: unpublished }, await graph.as('finance'));
  expectErrorCode(res, 'BAD_USER_INPUT');
  expect(res.errors![0].extensions!.field).toBe('input.month');
  expect(await finance.db.query('SELECT 1 FROM price_subsidy_batch WHERE month = $1', [unpublished])).toEqual([]);
});

test('a batch stopped by civil affairs going down mid-batch fails naming it; run again, it completes and pays each person once', async () => {
  priceSubsidyFaults.afterPage = async (paged) => {
    if (paged === 1) await civilLink.cut();
  };
  let stopped;
  try {
    const started = await post(graph.gatewayUrl, RUN, { month: LOWERED }, await graph.as('finance'));
    expect(started.data!.runPriceSubsidyBatch).toMatchObject({ status: 'RUNNING' });
    await waitFor(
      async () =>
        (await post(graph.gatewayUrl, STATUS, { month: LOWERED }, await graph.as('finance'))).data?.priceSubsidyBatch?.status !== 'RUNNING',
      'the batch to stop',
    );
    [stopped] = await finance.db.query('SELECT status, runs, last_error FROM price_subsidy_batch WHERE month = $1', [LOWERED]);
  } finally {
    delete priceSubsidyFaults.afterPage;
    await civilLink.open();
  }
  expect(stopped).toMatchObject({ status: 'FAILED', runs: 1, last_error: expect.stringMatching(/civil-affairs/) });
  const halfway = await ledger(LOWERED);
  const covered = await coveredPersons();
  expect(halfway.length).toBeGreaterThan(0);
  expect(halfway.length).toBeLessThan(covered.size);

  const rerun = await post(graph.gatewayUrl, RUN, { month: LOWERED }, await graph.as('finance'));
  expect(rerun.errors).toBeUndefined();
  const batch = await settled(LOWERED);
  expect(batch).toMatchObject({ status: 'COMPLETED', runs: 2, rise: '3.2', lastError: null });
  const paid = await ledger(LOWERED);
  expect(paid.every((p) => p.n === 1)).toBe(true);
  const paidKeys = new Set(paid.map((p) => p.person_key));
  expect(halfway.filter((p) => !paidKeys.has(p.person_key))).toEqual([]);
  expect(paid.length).toBeGreaterThan(halfway.length);
  expect(batch.paid + batch.withoutAccount).toBe(covered.size);
  expect(batch.paid).toBe(paid.length);
});

test('a second run while a run is paying the month is a CONFLICT, and the first completes alone', async () => {
  const month = addMonths(TRIGGERED, -2);
  await setIndices(month, '103.8', '104.0');
  let second;
  priceSubsidyFaults.afterPage = async (paged) => {
    if (paged === 1) second = await post(graph.gatewayUrl, RUN, { month }, await graph.as('finance'));
  };
  let first;
  let batch;
  try {
    first = await post(graph.gatewayUrl, RUN, { month }, await graph.as('finance'));
    batch = await settled(month);
  } finally {
    delete priceSubsidyFaults.afterPage;
  }
  expectErrorCode(second!, 'CONFLICT');
  expect(second!.errors![0].message).toMatch(/is being run/);
  expect(first.errors).toBeUndefined();
  expect(batch).toMatchObject({ status: 'COMPLETED', runs: 1 });
  expect((await ledger(month)).every((p) => p.n === 1)).toBe(true);
});

test('a retry with the same idempotency key while the batch runs answers the batch and starts no second run', async () => {
  const month = addMonths(TRIGGERED, -4);
  await setIndices(month, '103.9', '104.0');
  const key = randomUUID();
  const first = await post(graph.gatewayUrl, RUN, { month, key }, await graph.as('finance'));
  const retry = await post(graph.gatewayUrl, RUN, { month, key }, await graph.as('finance'));
  expect([first.errors, retry.errors]).toEqual([undefined, undefined]);
  expect(retry.data!.runPriceSubsidyBatch).toMatchObject({ month, runs: 1 });
  expect(await settled(month)).toMatchObject({ status: 'COMPLETED', runs: 1 });
  expect((await ledger(month)).every((p) => p.n === 1)).toBe(true);
});

test("a county office reads its county's part of the month's batch: standard, subsidy per person, persons paid and total", async () => {
  const res = await post(graph.gatewayUrl, BATCH, { month: TRIGGERED, region: '411302' }, await graph.as('counties'));
  expect(res.errors).toBeUndefined();
  const batch = res.data!.priceSubsidyBatch;
  expect(batch).toMatchObject({ status: 'COMPLETED', rise: '3.6', cpiTrigger: '3.5' });
  expect(batch.counties).toEqual([expect.objectContaining({ region: { code: '411302', name: '宛城区' } })]);
  const [county] = batch.counties;
  const [{ n, total }] = await finance.db.query(
    "SELECT count(*)::int AS n, coalesce(sum(amount_fen), 0)::text AS total FROM payment WHERE programme = 'PRICE_SUBSIDY' AND month = $1 AND region_code = '411302'",
    [TRIGGERED],
  );
  expect({ paid: county.paid, total: county.total }).toEqual({
    paid: n,
    total: `${BigInt(total) / 100n}.${String(BigInt(total) % 100n).padStart(2, '0')}`,
  });
});

test("only the bureau's writers run a batch: a caseworker and a county office are refused", async () => {
  for (const role of ['caseworker', 'counties']) {
    const res = await post(graph.gatewayUrl, RUN, { month: CALM }, await graph.as(role));
    expect({ role, code: res.errors?.[0].extensions?.code }).toEqual({ role, code: 'FORBIDDEN' });
  }
});
