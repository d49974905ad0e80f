// A household's economic-status verification (核对) through the real gateway: civil affairs records the household's
// authorisation, gathers each authorised unit's facts over the graph as its service, and keeps a versioned report;
// each unit checks the authorisation itself, and a unit that is down makes the report incomplete, naming it.
import { randomUUID } from 'node:crypto';
import { developmentServiceKey } from '../shared/src/auth/service-identity';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, post, serviceHeaders } from '../shared/src/testing/graphql';
import { AuthorisationClaims, AUTHORISATION_TOKEN_MINUTES, signAuthorisation } from '../shared/src/verification/authorisation';
import { addYears, cityToday } from '../shared/src/dates';
import { VERIFICATION_UNITS } from '../shared/src/verification/facts';
import { Federation, startFederation } from './support/federation';
import { CuttableProxy } from './support/processes';
import { answerWait } from '../subgraphs/civil-affairs/src/verification/resolvers';

/** Every unit a verification asks: each answers from its own tables. */
const UNITS = Object.keys(VERIFICATION_UNITS);
let graph: Federation;
let civil: RunningSubgraph;
let units: Record<string, RunningSubgraph>;
/** Housing as the gateway reaches it: through a proxy the tests cut to take it down. */
let housingLink: CuttableProxy;

/** Headers of civil affairs' service itself, as its graph client sends them. */
const civilAffairsService = () => serviceHeaders('civil-affairs', 'ELIGIBILITY_VERIFICATION');

const AUTHORISE = `mutation($input: RecordVerificationAuthorisationInput!) {
  recordVerificationAuthorisation(input: $input) { id agencies validUntil version members { id } }
}`;
const REPORT_FIELDS = `id status version reports { version status }
  report { version status answeredUnits missingUnits { unit code message } householdSize monthlyIncome perCapitaMonthlyIncome standard verdict reasons
    items { personId unit kind monthlyAmount recordType recordId asOf countsAsIncome rule } }`;
const REQUEST = `mutation($input: RequestVerificationInput!, $key: String) { requestVerification(input: $input, idempotencyKey: $key) { ${REPORT_FIELDS} } }`;
const RERUN = `mutation($input: RerunVerificationInput!) { rerunVerification(input: $input) { ${REPORT_FIELDS} } }`;
const REVOKE = `mutation($input: RevokeVerificationAuthorisationInput!) { revokeVerificationAuthorisation(input: $input) { id revokedOn } }`;
const HOUSING_FACTS = `query($a: String!, $p: [ID!]!) { housingVerificationFacts(authorisation: $a, personIds: $p) { personId kind } }`;

beforeAll(async () => {
  graph = await startFederation({
    only: ['civil-affairs', ...UNITS],
    people: 400,
    cuttable: 'housing',
    acting: ['civil-affairs'],
    subject: 'verification',
    purpose: 'ELIGIBILITY_VERIFICATION',
  });
  ({ 'civil-affairs': civil, ...units } = graph.subgraphs);
  housingLink = graph.link!;
}, 180_000);

afterAll(() => graph?.stop());

/** A household of several members, one of whom the disabled persons' federation pays a subsidy and one housing holds property of. */
async function householdWithFacts(): Promise<{ id: string; members: string[] }> {
  const subsidised: string[] = (
    await units['disabled-persons'].db.query("SELECT person_key FROM disability_subsidy WHERE status = 'ACTIVE'")
  ).map((r: { person_key: string }) => r.person_key);
  const [household] = await civil.db.query(
    `SELECT household_id AS id, array_agg(key ORDER BY key) AS members FROM person
      WHERE household_id IN (SELECT household_id FROM person WHERE key = ANY($1))
      GROUP BY household_id HAVING count(*) >= 2 ORDER BY household_id LIMIT 1`,
    [subsidised],
  );
  return household;
}

async function authorise(household: { id: string; members: string[] }, agencies = UNITS, members = household.members) {
  const res = await post(
    graph.gatewayUrl,
    AUTHORISE,
    { input: { householdId: household.id, signerId: members[0], memberIds: members, agencies, validUntil: addYears(cityToday(), 1) } },
    await graph.as('caseworker', 'CASE_REVIEW'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.recordVerificationAuthorisation as { id: string; version: number };
}

const request = async (householdId: string, authorisationId: string) =>
  post(graph.gatewayUrl, REQUEST, { input: { householdId, authorisationId } }, await graph.as('caseworker'));

/**
 * A token of a new authorisation of the household, valid until 2099, as civil affairs signs it (or the agency `signer`),
 * for asking a unit directly: of every member for housing unless `claims` says otherwise.
 */
const tokenFor = (
  household: { id: string; members: string[] },
  claims: Partial<AuthorisationClaims> = {},
  { signedAt, signer = 'civil-affairs' }: { signedAt?: Date; signer?: string } = {},
) =>
  signAuthorisation(
    { id: randomUUID(), householdId: household.id, persons: household.members, agencies: ['housing'], validUntil: '2099-12-31', ...claims },
    developmentServiceKey(signer),
    signedAt,
  );

/** Asks housing's verification facts on `persons` under the authorisation `token`, with the caller's headers. */
const housingFacts = (token: string, persons: string[], headers: Record<string, string>) =>
  post(graph.gatewayUrl, HOUSING_FACTS, { a: token, p: persons }, headers);

test("a verification without the household's authorisation is refused with FORBIDDEN", async () => {
  const household = await householdWithFacts();
  const res = await request(household.id, randomUUID());
  const error = expectErrorCode(res, 'FORBIDDEN', 'requestVerification');
  expect(error.message).toMatch(/has no authorisation .* written authorisation/);
});

test("an authorisation of another household does not authorise this one's verification", async () => {
  const household = await householdWithFacts();
  const [other] = await civil.db.query(
    'SELECT household_id AS id, array_agg(key) AS members FROM person WHERE household_id <> $1 GROUP BY 1 LIMIT 1',
    [household.id],
  );
  const authorisation = await authorise(other);
  expectErrorCode(await request(household.id, authorisation.id), 'FORBIDDEN', 'requestVerification');
});

test('a unit the authorisation does not name refuses to answer, naming itself', async () => {
  const household = await householdWithFacts();
  const token = tokenFor(household, { agencies: ['human-resources'] });
  const res = await housingFacts(token, household.members, civilAffairsService());
  expect(expectErrorCode(res, 'FORBIDDEN', 'housingVerificationFacts').message).toMatch(/does not cover housing/);
});

test('a unit refuses to answer about a person the authorisation does not cover, naming the person', async () => {
  const household = await householdWithFacts();
  const [covered, uncovered] = household.members;
  const res = await housingFacts(tokenFor(household, { persons: [covered] }), [covered, uncovered], civilAffairsService());
  expect(expectErrorCode(res, 'FORBIDDEN', 'housingVerificationFacts').message).toContain(`does not cover person ${uncovered}`);
});

test('a unit refuses an expired authorisation token', async () => {
  const household = await householdWithFacts();
  const signedAt = new Date(Date.now() - (AUTHORISATION_TOKEN_MINUTES + 1) * 60_000);
  const res = await housingFacts(tokenFor(household, {}, { signedAt }), household.members, civilAffairsService());
  expect(expectErrorCode(res, 'FORBIDDEN', 'housingVerificationFacts').message).toMatch(/expired/);
});

test('a unit refuses an authorisation not signed by civil affairs', async () => {
  const household = await householdWithFacts();
  const forged = tokenFor(household, {}, { signer: 'housing' });
  const res = await housingFacts(forged, household.members, civilAffairsService());
  expect(expectErrorCode(res, 'FORBIDDEN', 'housingVerificationFacts').message).toMatch(/key not accepted/);
});

test("a unit's own staff may ask its facts under an authorisation, for verification only", async () => {
  const household = await householdWithFacts();
  const token = tokenFor(household);
  const answered = await housingFacts(token, household.members, await graph.as('housing'));
  expect(answered.errors).toBeUndefined();
  expect(answered.data!.housingVerificationFacts).toEqual(expect.any(Array));
  const otherPurpose = await housingFacts(token, household.members, await graph.as('housing', 'CASE_REVIEW'));
  expect(expectErrorCode(otherPurpose, 'FORBIDDEN', 'housingVerificationFacts').message).toMatch(/ELIGIBILITY_VERIFICATION only/);
});

test("a caseworker cannot ask a unit's verification facts, even with an authorisation", async () => {
  const household = await householdWithFacts();
  expectErrorCode(await housingFacts(tokenFor(household), household.members, await graph.as('caseworker')), 'FORBIDDEN');
});

test('a completed report gives every item its provenance and counts as income only what the income rules count', async () => {
  const household = await householdWithFacts();
  const authorisation = await authorise(household);
  const res = await request(household.id, authorisation.id);
  expect(res.errors).toBeUndefined();
  const verification = res.data!.requestVerification;
  expect(verification.status).toBe('COMPLETED');
  const { report } = verification;
  expect(report).toMatchObject({ version: 1, status: 'COMPLETED', missingUnits: [], householdSize: household.members.length });
  expect([...report.answeredUnits].sort()).toEqual([...UNITS].sort());
  expect(report.items.length).toBeGreaterThan(0);
  for (const item of report.items) {
    expect(UNITS).toContain(item.unit);
    expect(household.members).toContain(item.personId);
    expect(item.recordId).toEqual(expect.any(String));
    expect(item.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  const subsidies = report.items.filter((i: { kind: string }) => i.kind.startsWith('DISABILITY_'));
  expect(subsidies.length).toBeGreaterThan(0);
  expect(subsidies.every((i: { countsAsIncome: boolean }) => !i.countsAsIncome)).toBe(true);
  const counted = report.items
    .filter((i: { countsAsIncome: boolean }) => i.countsAsIncome)
    .reduce((sum: number, i: { monthlyAmount: string }) => sum + Math.round(Number(i.monthlyAmount) * 100), 0);
  expect(Math.round(Number(report.monthlyIncome) * 100)).toBe(counted);
  expect(report.standard).toEqual(expect.any(String));
  expect(['ELIGIBLE', 'NOT_ELIGIBLE']).toContain(report.verdict);
  expect(report.reasons.join('\n')).toMatch(/per-capita monthly income/);
});

test('land-transfer rent counts as income', async () => {
  const [landlord] = await units.agriculture.db.query("SELECT person_key FROM land_transfer WHERE status = 'ACTIVE' ORDER BY id LIMIT 1");
  const [household] = await civil.db.query(
    'SELECT household_id AS id, array_agg(key ORDER BY key) AS members FROM person WHERE household_id = (SELECT household_id FROM person WHERE key = $1) GROUP BY 1',
    [landlord.person_key],
  );
  const authorisation = await authorise(household, ['agriculture']);
  const res = await request(household.id, authorisation.id);
  const rent = res.data!.requestVerification.report.items.find((i: { kind: string }) => i.kind === 'LAND_TRANSFER_RENT');
  expect(rent).toMatchObject({ unit: 'agriculture', recordType: 'LandTransfer', countsAsIncome: true });
});

test('a unit that is down makes the report incomplete, naming it; re-run once it is back, the next version is complete', async () => {
  const household = await householdWithFacts();
  const authorisation = await authorise(household);
  await housingLink.cut();
  let first;
  try {
    const res = await request(household.id, authorisation.id);
    expect(res.errors).toBeUndefined();
    first = res.data!.requestVerification;
  } finally {
    await housingLink.open();
  }
  expect(first.status).toBe('INCOMPLETE');
  expect(first.report.missingUnits).toEqual([expect.objectContaining({ unit: 'housing', code: expect.stringMatching(/UNAVAILABLE/) })]);
  expect(first.report.answeredUnits).not.toContain('housing');
  expect(first.report.verdict).toBe('UNDETERMINED');
  expect(first.report.reasons[0]).toMatch(/housing did not answer .*unknown, not absent/);

  const rerun = await post(graph.gatewayUrl, RERUN, { input: { id: first.id, version: first.version } }, await graph.as('caseworker'));
  expect(rerun.errors).toBeUndefined();
  const again = rerun.data!.rerunVerification;
  expect(again.status).toBe('COMPLETED');
  expect(again.report).toMatchObject({ version: 2, status: 'COMPLETED', missingUnits: [] });
  expect(again.reports).toEqual([
    { version: 1, status: 'INCOMPLETE' },
    { version: 2, status: 'COMPLETED' },
  ]);
});

const VERIFICATION = `query($id: ID!) { verification(id: $id) { id status version report { version status } reports { version status } } }`;
const GATHERING_LIST = `query($filter: VerificationFilter) { verifications(filter: $filter, first: 100) { nodes { id status } } }`;
const read = async (id: string) => (await post(graph.gatewayUrl, VERIFICATION, { id }, await graph.as('caseworker'))).data!.verification;

/** Reads a verification until it is no longer GATHERING (its gathering finishing after the answer). */
async function untilKept(id: string) {
  for (let i = 0; i < 200; i++) {
    const now = await read(id);
    if (now.status !== 'GATHERING') return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`verification ${id} is still GATHERING after 10 s`);
}

test('a request whose unit is slow answers GATHERING, is listed as GATHERING, and keeps its report once the unit answers', async () => {
  const household = await householdWithFacts();
  const authorisation = await authorise(household);
  answerWait.ms = 300;
  housingLink.hold();
  let gathering;
  try {
    const res = await request(household.id, authorisation.id);
    expect(res.errors).toBeUndefined();
    gathering = res.data!.requestVerification;
    expect(gathering).toMatchObject({ status: 'GATHERING', report: null, reports: [] });
    const listed = await post(graph.gatewayUrl, GATHERING_LIST, { filter: { status: 'GATHERING' } }, await graph.as('caseworker'));
    expect(listed.data!.verifications.nodes).toContainEqual({ id: gathering.id, status: 'GATHERING' });
  } finally {
    housingLink.release();
    answerWait.ms = 5_000;
  }
  const kept = await untilKept(gathering.id);
  expect(kept).toMatchObject({ status: 'COMPLETED', version: 1, report: { version: 1, status: 'COMPLETED' } });
  const completed = await post(graph.gatewayUrl, GATHERING_LIST, { filter: { status: 'COMPLETED' } }, await graph.as('caseworker'));
  expect(completed.data!.verifications.nodes).toContainEqual({ id: gathering.id, status: 'COMPLETED' });
});

test('a run interrupted before it kept a report reads REQUESTED with the last report kept, and a re-run keeps the next', async () => {
  const household = await householdWithFacts();
  const first = (await request(household.id, (await authorise(household)).id)).data!.requestVerification;
  // As a rerun whose service stopped while the units answered leaves it: its run written, its report never kept.
  await civil.db.query("UPDATE verification_request SET report_version = 2, gathering_until = now() - interval '1 second' WHERE id = $1", [
    first.id,
  ]);
  expect(await read(first.id)).toMatchObject({ status: 'REQUESTED', report: { version: 1, status: 'COMPLETED' } });
  const rerun = await post(graph.gatewayUrl, RERUN, { input: { id: first.id, version: first.version } }, await graph.as('caseworker'));
  expect(rerun.errors).toBeUndefined();
  expect(rerun.data!.rerunVerification).toMatchObject({ status: 'COMPLETED', report: { version: 3 } });
  expect(rerun.data!.rerunVerification.reports).toEqual([
    { version: 1, status: 'COMPLETED' },
    { version: 3, status: 'COMPLETED' },
  ]);
});

test('a retry of a request with the same idempotency key answers the same verification and asks no unit again', async () => {
  const household = await householdWithFacts();
  const authorisation = await authorise(household);
  const key = `verify-${randomUUID()}`;
  const vars = { input: { householdId: household.id, authorisationId: authorisation.id }, key };
  const first = await post(graph.gatewayUrl, REQUEST, vars, await graph.as('caseworker'));
  const rows = async () => (await units.housing.db.query('SELECT count(*)::int AS n FROM access_log'))[0].n;
  const before = await rows();
  const retry = await post(graph.gatewayUrl, REQUEST, vars, await graph.as('caseworker'));
  expect(retry.data!.requestVerification.id).toBe(first.data!.requestVerification.id);
  expect(retry.data!.requestVerification.reports).toHaveLength(1);
  expect(await rows()).toBe(before);
});

test("every unit's log row of a gathering names civil affairs' service, the purpose and the authorisation", async () => {
  const household = await householdWithFacts();
  const authorisation = await authorise(household);
  expect((await request(household.id, authorisation.id)).errors).toBeUndefined();
  for (const name of UNITS) {
    const rows = await units[name].db.query(
      "SELECT role, purpose, person_keys, filters FROM access_log WHERE filters::text LIKE '%' || $1 || '%'",
      [authorisation.id],
    );
    expect({ name, rows: rows.length }).toEqual({ name, rows: 1 });
    expect(rows[0]).toMatchObject({ role: 'service:civil-affairs', purpose: 'ELIGIBILITY_VERIFICATION' });
    expect([...rows[0].person_keys].sort()).toEqual([...household.members].sort());
    expect(JSON.stringify(rows[0].filters)).not.toContain('eyJ'); // the signed token itself is not kept
  }
});

test('a revoked authorisation authorises no further verification', async () => {
  const household = await householdWithFacts();
  const authorisation = await authorise(household);
  const revoked = await post(
    graph.gatewayUrl,
    REVOKE,
    { input: { id: authorisation.id, version: authorisation.version, reason: '户主书面撤回授权' } },
    await graph.as('caseworker', 'CASE_REVIEW'),
  );
  expect(revoked.errors).toBeUndefined();
  expect(expectErrorCode(await request(household.id, authorisation.id), 'FORBIDDEN').message).toMatch(/revoked/);
});

test('an authorisation may name only the units a verification asks', async () => {
  const household = await householdWithFacts();
  const res = await post(
    graph.gatewayUrl,
    AUTHORISE,
    {
      input: {
        householdId: household.id,
        signerId: household.members[0],
        memberIds: household.members,
        agencies: ['health'],
        validUntil: cityToday(),
      },
    },
    await graph.as('caseworker', 'CASE_REVIEW'),
  );
  expect(expectErrorCode(res, 'BAD_USER_INPUT').extensions?.field).toBe('input.agencies.0');
});
