// One window, coordinated handling (一门受理、协同办理, Interim Measures Art 60), through the real gateway: a
// township window takes an application once; counties route each need to its unit's inbox through their
// outbox, as counties' service; each unit works its inbox and reports every step back through its own
// outbox; a caseworker sees the application's status across every unit in one query, a county office its
// overdue referrals. A duplicate submission and a unit down at routing lose and double nothing.
import { randomUUID } from 'node:crypto';
import { loadSubgraphConfig } from '../shared/src/config';
import { addDays, cityToday } from '../shared/src/dates';
import { personKey } from '../shared/src/person-key';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, post, serviceHeaders } from '../shared/src/testing/graphql';
import { testIdNumber } from '../shared/src/testing/id-numbers';
import { Federation, startFederation } from './support/federation';
import { CuttableProxy } from './support/processes';

let graph: Federation;
let counties: RunningSubgraph;
let education: RunningSubgraph;
let housing: RunningSubgraph;
let health: RunningSubgraph;
/** Housing as the gateway reaches it: through a proxy the tests cut to take it down. */
let housingLink: CuttableProxy;
let township: string;
const secret = loadSubgraphConfig('counties', 0, { NODE_ENV: 'test' }).personKeySecret;

/** Headers of a unit's service delivering or reporting a referral. */
const asService = (agency: string) => serviceHeaders(agency, 'REFERRAL');

const SUBMIT = `mutation Submit($input: SubmitApplicationInput!, $key: String) {
  submitApplication(input: $input, idempotencyKey: $key) { id referrals { id need unit status deadline } }
}`;
const INBOX = (field: string) => `query Inbox($filter: InboxReferralFilter) {
  ${field}(filter: $filter, first: 100) { totalCount nodes { id applicationId need status version person { id } } }
}`;
const STEP = (field: string, input: string) => `mutation Step($input: ${input}!) { ${field}(input: $input) { id status version } }`;
const STATUS = `query Status($id: ID!) {
  oneWindowApplication(id: $id) { id decided person { id } referrals { need unit status note grantedEntity grantedRecordId overdue } }
}`;
const OVERDUE = `query Overdue($region: String, $unit: GovernmentUnit) {
  overdueReferrals(regionCode: $region, unit: $unit) { id applicationId need unit region { code } deadline status workingDaysOverdue }
}`;

beforeAll(async () => {
  graph = await startFederation({
    only: ['counties', 'education', 'housing', 'health'],
    people: 200,
    cuttable: 'housing',
    subject: 'one-window',
    purpose: 'CASE_REVIEW',
  });
  ({ counties, education, housing, health } = graph.subgraphs);
  housingLink = graph.link!;
  [{ code: township }] = await counties.db.query('SELECT code FROM township WHERE window_name IS NOT NULL ORDER BY code LIMIT 1');
}, 180_000);

afterAll(() => graph?.stop());

/** The id of a record `entity` the unit holds, for a grant to name as the record it made. */
async function aRecordOf(unit: RunningSubgraph, entity: string): Promise<string> {
  const [row] = await unit.db.query(`SELECT id::text AS id FROM ${unit.db.getMetadata(entity).tablePath} LIMIT 1`);
  if (!row) throw new Error(`the demo city has no ${entity}`);
  return row.id;
}

let sequence = 100;
/** A resident who has not applied before: a new ID number each call. */
const applicant = () => testIdNumber('411302', '1980-05-12', ++sequence);

const application = (idNumber: string, needs: string[], more: Record<string, unknown> = {}) => ({
  idNumber,
  townshipCode: township,
  needs,
  documents: ['救助申请书', '身份证复印件', '户口簿复印件'],
  consentToVerification: true,
  ...more,
});

async function submit(input: Record<string, unknown>, key: string = randomUUID()) {
  const res = await post(graph.gatewayUrl, SUBMIT, { input, key }, await graph.as('counties'));
  expect(res.errors).toBeUndefined();
  return res.data!.submitApplication as { id: string; referrals: { id: string; need: string; unit: string; status: string }[] };
}

/** Delivers what every service owes now: counties' referrals, then the units' reports. */
async function settle() {
  await counties.outbox.drain({ waiting: true });
  await Promise.all([education, housing, health].map((s) => s.outbox.drain({ waiting: true })));
}

async function inbox(unit: string, field: string, applicationId: string) {
  const res = await post(graph.gatewayUrl, INBOX(field), { filter: {} }, await graph.as(unit));
  expect(res.errors).toBeUndefined();
  return (res.data![field].nodes as { id: string; applicationId: string; status: string; version: number }[]).filter(
    (n) => n.applicationId === applicationId,
  );
}

async function step(unit: string, field: string, inputType: string, input: Record<string, unknown>) {
  const res = await post(graph.gatewayUrl, STEP(field, inputType), { input }, await graph.as(unit));
  expect(res.errors).toBeUndefined();
  return res.data![field];
}

const statusOf = async (id: string) => {
  const res = await post(graph.gatewayUrl, STATUS, { id }, await graph.as('caseworker'));
  expect(res.errors).toBeUndefined();
  return res.data!.oneWindowApplication;
};

test('an application for three needs is routed to three units, and each finds its referral once in its inbox', async () => {
  const submitted = await submit(application(applicant(), ['EDUCATION_AID', 'HOUSING', 'MEDICAL_ASSISTANCE']));
  expect(submitted.referrals.map((r) => [r.need, r.unit, r.status])).toEqual([
    ['EDUCATION_AID', 'EDUCATION', 'ROUTED'],
    ['HOUSING', 'HOUSING', 'ROUTED'],
    ['MEDICAL_ASSISTANCE', 'HEALTH', 'ROUTED'],
  ]);
  await settle();
  expect(await inbox('education', 'educationReferrals', submitted.id)).toMatchObject([{ status: 'RECEIVED' }]);
  expect(await inbox('housing', 'housingReferrals', submitted.id)).toMatchObject([{ status: 'RECEIVED' }]);
  expect(await inbox('health', 'healthReferrals', submitted.id)).toMatchObject([{ status: 'RECEIVED' }]);
  expect((await statusOf(submitted.id)).referrals.map((r: { status: string }) => r.status)).toEqual(['RECEIVED', 'RECEIVED', 'RECEIVED']);
});

test("each unit works its inbox, and a caseworker sees every unit's step in one query", async () => {
  const idNumber = applicant();
  const submitted = await submit(application(idNumber, ['EDUCATION_AID', 'HOUSING', 'MEDICAL_ASSISTANCE']));
  await settle();
  const [edu] = await inbox('education', 'educationReferrals', submitted.id);
  const accepted = await step('education', 'acceptEducationReferral', 'InboxReferralStepInput', { id: edu.id, version: edu.version });
  const aidId = await aRecordOf(education, 'EducationAid');
  await step('education', 'grantEducationReferral', 'GrantInboxReferralInput', {
    id: edu.id,
    version: accepted.version,
    grantedEntity: 'EducationAid',
    grantedRecordId: aidId,
  });
  const [home] = await inbox('housing', 'housingReferrals', submitted.id);
  await step('housing', 'askHousingReferralForInformation', 'InboxReferralStepInput', {
    id: home.id,
    version: home.version,
    note: '请补充现住房租赁合同',
  });
  const [med] = await inbox('health', 'healthReferrals', submitted.id);
  await step('health', 'refuseHealthReferral', 'RefuseInboxReferralInput', {
    id: med.id,
    version: med.version,
    reason: '本年度医疗费用未达起付线',
  });
  await settle();

  const status = await statusOf(submitted.id);
  expect(status.person.id).toBe(personKey(idNumber, secret));
  expect(status.decided).toBe(false);
  expect(status.referrals).toEqual([
    {
      need: 'EDUCATION_AID',
      unit: 'EDUCATION',
      status: 'GRANTED',
      note: null,
      grantedEntity: 'EducationAid',
      grantedRecordId: aidId,
      overdue: false,
    },
    {
      need: 'HOUSING',
      unit: 'HOUSING',
      status: 'INFORMATION_REQUESTED',
      note: '请补充现住房租赁合同',
      grantedEntity: null,
      grantedRecordId: null,
      overdue: false,
    },
    {
      need: 'MEDICAL_ASSISTANCE',
      unit: 'HEALTH',
      status: 'REFUSED',
      note: '本年度医疗费用未达起付线',
      grantedEntity: null,
      grantedRecordId: null,
      overdue: false,
    },
  ]);
});

test('a decided referral does not change again: the unit is told so, and the county keeps the decision', async () => {
  const submitted = await submit(application(applicant(), ['MEDICAL_ASSISTANCE']));
  await settle();
  const [med] = await inbox('health', 'healthReferrals', submitted.id);
  const refused = await step('health', 'refuseHealthReferral', 'RefuseInboxReferralInput', {
    id: med.id,
    version: med.version,
    reason: '不符合条件',
  });
  const again = await post(
    graph.gatewayUrl,
    STEP('acceptHealthReferral', 'InboxReferralStepInput'),
    { input: { id: med.id, version: refused.version } },
    await graph.as('health'),
  );
  expect(expectErrorCode(again, 'BAD_USER_INPUT', 'acceptHealthReferral').message).toMatch(/decided \(REFUSED\)/);
  await settle();
  expect((await statusOf(submitted.id)).referrals[0].status).toBe('REFUSED');
});

test("a county office's overdue report lists the referral not decided by its deadline, by county and unit", async () => {
  // Entered late: the window received it 25 days ago, past medical assistance's 10 working days.
  const late = await submit(application(applicant(), ['MEDICAL_ASSISTANCE'], { receivedOn: addDays(cityToday(), -25) }));
  const onTime = await submit(application(applicant(), ['MEDICAL_ASSISTANCE']));
  await settle();
  const region = township.slice(0, 6);
  const res = await post(graph.gatewayUrl, OVERDUE, { region, unit: 'HEALTH' }, await graph.as('counties'));
  expect(res.errors).toBeUndefined();
  const listed = res.data!.overdueReferrals as { applicationId: string; workingDaysOverdue: number; region: { code: string } }[];
  expect(listed.map((r) => r.applicationId)).toContain(late.id);
  expect(listed.map((r) => r.applicationId)).not.toContain(onTime.id);
  expect(listed.find((r) => r.applicationId === late.id)).toMatchObject({ unit: 'HEALTH', region: { code: region }, status: 'RECEIVED' });
  expect(listed.find((r) => r.applicationId === late.id)!.workingDaysOverdue).toBeGreaterThan(0);

  // Decided, it leaves the report.
  const [med] = await inbox('health', 'healthReferrals', late.id);
  await step('health', 'grantHealthReferral', 'GrantInboxReferralInput', {
    id: med.id,
    version: med.version,
    grantedEntity: 'MedicalAssistanceSettlement',
    grantedRecordId: await aRecordOf(health, 'MedicalAssistanceSettlement'),
  });
  await settle();
  const after = await post(graph.gatewayUrl, OVERDUE, { region, unit: 'HEALTH' }, await graph.as('counties'));
  expect(after.data!.overdueReferrals.map((r: { applicationId: string }) => r.applicationId)).not.toContain(late.id);
});

test('the same application submitted twice with one key is one application with one referral per need, delivered once', async () => {
  const input = application(applicant(), ['EDUCATION_AID', 'MEDICAL_ASSISTANCE']);
  const key = randomUUID();
  const [first, second] = await Promise.all([submit(input, key), submit(input, key)]);
  expect(second).toEqual(first);
  await settle();
  await settle();
  expect(await inbox('education', 'educationReferrals', first.id)).toHaveLength(1);
  expect(await inbox('health', 'healthReferrals', first.id)).toHaveLength(1);
  const [{ count }] = await counties.db.query('SELECT count(*)::int AS count FROM one_window_referral WHERE application_id = $1', [
    first.id,
  ]);
  expect(count).toBe(2);
});

test('applying again for a need still undecided is a CONFLICT naming the application that has it', async () => {
  const idNumber = applicant();
  const first = await submit(application(idNumber, ['EDUCATION_AID']));
  const again = await post(
    graph.gatewayUrl,
    SUBMIT,
    { input: application(idNumber, ['EDUCATION_AID', 'HOUSING']) },
    await graph.as('counties'),
  );
  const conflict = expectErrorCode(again, 'CONFLICT', 'submitApplication');
  expect(conflict.extensions).toMatchObject({ field: 'input.needs', existingId: first.id });
});

test('a referral routed while its unit is down reaches the inbox once the unit is back, once', async () => {
  await housingLink.cut();
  let submitted: Awaited<ReturnType<typeof submit>>;
  try {
    submitted = await submit(application(applicant(), ['HOUSING', 'EDUCATION_AID']));
    await counties.outbox.drain({ waiting: true });
    const [waiting] = await counties.db.query(
      "SELECT attempts, last_error FROM outbox WHERE delivered_at IS NULL AND kind = 'referral' AND dedupe_key = $1",
      [`referral:${submitted.referrals.find((r) => r.need === 'HOUSING')!.id}`],
    );
    expect(waiting.attempts).toBeGreaterThanOrEqual(1);
    expect(waiting.last_error).toMatch(/housing/);
    // The unit that is up has its referral already.
    expect(await inbox('education', 'educationReferrals', submitted.id)).toHaveLength(1);
  } finally {
    await housingLink.open();
  }
  await settle();
  await settle();
  expect(await counties.outbox.pending()).toBe(0);
  expect(await inbox('housing', 'housingReferrals', submitted.id)).toMatchObject([{ status: 'RECEIVED' }]);

  // The same delivery again (a relay retrying after a lost answer) keeps the one referral.
  const [delivery] = await counties.db.query('SELECT document, variables FROM outbox WHERE dedupe_key = $1', [
    `referral:${submitted.referrals.find((r) => r.need === 'HOUSING')!.id}`,
  ]);
  const redelivered = await post(graph.gatewayUrl, delivery.document, delivery.variables, asService('counties'));
  expect(redelivered.errors).toBeUndefined();
  expect(await inbox('housing', 'housingReferrals', submitted.id)).toHaveLength(1);
});

test("a unit's service reports only on its own referrals, and no person's role delivers into an inbox", async () => {
  const submitted = await submit(application(applicant(), ['HOUSING']));
  await settle();
  const housingReferral = submitted.referrals[0].id;
  const REPORT = 'mutation($input: ReferralStepReport!) { reportReferralStep(input: $input) { id status } }';
  const forged = await post(
    graph.gatewayUrl,
    REPORT,
    {
      input: {
        referralId: housingReferral,
        status: 'GRANTED',
        version: 99,
        on: cityToday(),
        grantedEntity: 'EducationAid',
        grantedRecordId: 'x',
      },
    },
    asService('education'),
  );
  expectErrorCode(forged, 'FORBIDDEN', 'reportReferralStep');
  expect((await statusOf(submitted.id)).referrals[0].status).toBe('RECEIVED');

  const DELIVER = 'mutation($input: ReceiveReferralInput!) { receiveHousingReferral(input: $input) { id } }';
  const input = {
    id: randomUUID(),
    applicationId: randomUUID(),
    need: 'HOUSING',
    personId: personKey(applicant(), secret),
    townshipCode: township,
    routedOn: cityToday(),
    deadline: cityToday(),
    documents: [],
    consentToVerification: true,
  };
  for (const role of ['housing', 'caseworker', 'counties']) {
    expectErrorCode(await post(graph.gatewayUrl, DELIVER, { input }, await graph.as(role)), 'FORBIDDEN', 'receiveHousingReferral');
  }
});
