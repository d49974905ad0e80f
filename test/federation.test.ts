// The unified views through the real gateway: every agency's data joined onto the right person.
import { post } from '../shared/src/testing/graphql';
import { AGENCY_NAMES } from '../subgraphs/registry';
import { subgraphIdentity } from '../shared/src/testing/graphql';
import { contractOperation, contractOperationNames } from './support/contract';
import { Federation, startFederation } from './support/federation';

let graph: Federation;
let caseworker: Record<string, string>;

/** Profile fields of PersonView, by the subgraph that owns them. */
const PROFILE_SELECTIONS: Record<string, string> = {
  education: 'education { enrollments { schoolName stage grade schoolYear } aid { kind amount schoolYear } }',
  'human-resources':
    'employment { status registeredUnemployed services { kind startDate } } socialInsurance { scheme status contributionBase }',
  health: 'health { medicalAssistance { settledOn hospitalName totalCost insurancePaid assistancePaid selfPaid oneStop } }',
  housing: 'housing { properties { kind areaSqm } assistance { kind status amount } }',
  'trade-union': 'tradeUnion { difficultWorker { level since } aid { kind amount grantedOn } }',
  'disabled-persons': 'disability { certificate { number category grade validUntil } subsidies { kind monthlyAmount status } }',
};

/** What an agency itself answers for a person, asked directly through _entities. */
async function directProfile(agency: string, id: string) {
  const res = await post(
    graph.subgraphs[agency].url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${PROFILE_SELECTIONS[agency]} } } }`,
    { r: [{ __typename: 'Person', id }] },
    { authorization: `Bearer ${await subgraphIdentity(agency, 'caseworker', AGENCY_NAMES)}` },
  );
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0];
}

beforeAll(async () => {
  graph = await startFederation({ people: 1500 });
  caseworker = await graph.as('caseworker');
});
afterAll(() => graph.stop());

async function dibaoHouseholds() {
  const res = await post(graph.gatewayUrl, contractOperation('DibaoHouseholdStudents'), {}, caseworker);
  expect(res.errors).toBeUndefined();
  return res.data!.households;
}

test.each(contractOperationNames())('the contract operation %s validates and runs against the supergraph', async (name) => {
  const households = await dibaoHouseholds();
  const household = households.nodes[0];
  const [row] = await graph.subgraphs['civil-affairs'].db.query('SELECT id_number FROM person WHERE key = $1', [household.members[0].id]);
  const variables: Record<string, Record<string, unknown>> = {
    PersonView: { id: household.members[0].id },
    HouseholdView: { id: household.id },
    PersonByIdNumber: { idNumber: row.id_number },
  };
  const res = await post(graph.gatewayUrl, contractOperation(name), variables[name] ?? {}, caseworker);
  expect(res.errors).toBeUndefined();
  expect(Object.values(res.data ?? {})[0]).not.toBeNull();
});

test("PersonView joins every agency's own answer for the person, unchanged", async () => {
  // A person every agency is likely to know: a member of a 低保 household with the most records.
  const [row] = await graph.subgraphs['civil-affairs'].db.query(
    `SELECT p.key, p.id_number, p.name, p.household_id FROM person p
     JOIN assistance_case c ON c.household_id = p.household_id AND c.program = 'MINIMUM_LIVING_ALLOWANCE' AND c.status = 'ACTIVE'
     ORDER BY p.birth_date DESC LIMIT 1`,
  );
  const res = await post(graph.gatewayUrl, contractOperation('PersonView'), { id: row.key }, caseworker);
  expect(res.errors).toBeUndefined();
  const person = res.data!.person;
  expect(person).toMatchObject({ id: row.key, idNumber: row.id_number, name: row.name, household: { id: row.household_id } });
  for (const agency of Object.keys(PROFILE_SELECTIONS)) {
    const direct = await directProfile(agency, row.key);
    for (const [field, value] of Object.entries(direct)) expect({ agency, field, value: person[field] }).toEqual({ agency, field, value });
  }
});

test('HouseholdView lists exactly the members civil affairs holds, each with their own records', async () => {
  const households = await dibaoHouseholds();
  const household = households.nodes.find((h: any) => h.members.length > 2) ?? households.nodes[0];
  const res = await post(graph.gatewayUrl, contractOperation('HouseholdView'), { id: household.id }, caseworker);
  expect(res.errors).toBeUndefined();
  const view = res.data!.household;
  const members = await graph.subgraphs['civil-affairs'].db.query('SELECT key FROM person WHERE household_id = $1', [household.id]);
  expect(view.members.map((m: any) => m.id).sort()).toEqual(members.map((m: any) => m.key).sort());
  expect(view.size).toBe(members.length);
  expect(view.assistanceCases.some((c: any) => c.program === 'MINIMUM_LIVING_ALLOWANCE' && c.status === 'ACTIVE')).toBe(true);
  for (const member of view.members) {
    const disability = await directProfile('disabled-persons', member.id);
    expect(member.disability?.subsidies ?? null).toEqual(
      disability.disability?.subsidies.map((s: any) => ({ kind: s.kind, monthlyAmount: s.monthlyAmount, status: s.status })) ?? null,
    );
  }
});

test("an analyst question joins the disability list onto civil affairs' households", async () => {
  const res = await post(graph.gatewayUrl, contractOperation('DisabledWithoutCareSubsidy'), {}, caseworker);
  expect(res.errors).toBeUndefined();
  const { nodes, totalCount } = res.data!.disabledPersons;
  expect(nodes.length).toBeGreaterThan(0);
  expect(totalCount).toBeGreaterThanOrEqual(nodes.length);
  for (const person of nodes) {
    expect([1, 2]).toContain(person.disability.certificate.grade);
    expect(person.disability.subsidies.some((s: any) => s.kind === 'SEVERE_CARE' && s.status === 'ACTIVE')).toBe(false);
    expect(person.household?.id).toMatch(/^[0-9a-f-]{36}$/);
  }
});

test('a person unknown to an agency gets null from that agency, not an error', async () => {
  const [row] = await graph.subgraphs['civil-affairs'].db.query(
    "SELECT key FROM person WHERE birth_date < now() - interval '70 years' ORDER BY key LIMIT 1",
  );
  const res = await post(
    graph.gatewayUrl,
    'query($id: ID!) { person(id: $id) { id education { aid { kind } } } }',
    { id: row.key },
    caseworker,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.person).toEqual({ id: row.key, education: null });
});

test("a value an agency's scalar refuses comes back through the gateway as BAD_USER_INPUT naming the agency, not as the agency being down", async () => {
  const res = await post(
    graph.gatewayUrl,
    'mutation($input: GrantUnionAidInput!) { grantUnionAid(input: $input) { id } }',
    { input: { idNumber: '110101199003078515', kind: 'WARMTH_DELIVERY', amount: 'twelve yuan', grantedOn: '2026-01-15' } },
    caseworker,
  );
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', subgraph: 'trade-union' });
  expect(res.errors![0].message).toMatch(/Money/);
});
