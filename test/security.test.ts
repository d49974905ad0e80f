// Access control and hostile input through the real gateway: each role's view, purpose, audit, limits.
import {
  getNamedType,
  getNullableType,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { apiSchema } from '../scripts/schema-check/check';
import { compose, registrySources } from '../gateway/src/supergraph';
import { post } from '../shared/src/testing/graphql';
import { expectErrorCode } from '../shared/src/testing/graphql';
import { AGENCY_NAMES } from '../subgraphs/registry';
import { accessLogFieldName } from '../shared/src/audit/resolvers';
import { agencySchema } from './support/agency';
import { contractOperation, contractOperationNames, projectOperation } from './support/contract';
import { entityTypes } from '../shared/src/testing/sdl';
import { Federation, startFederation } from './support/federation';

let graph: Federation;
let householdId: string;
let personId: string;
let idNumber: string;

beforeAll(async () => {
  graph = await startFederation({ people: 1500 });
  const [row] = await graph.subgraphs['civil-affairs'].db.query(
    `SELECT p.key, p.id_number, p.household_id FROM person p
     JOIN assistance_case c ON c.household_id = p.household_id AND c.program = 'MINIMUM_LIVING_ALLOWANCE' AND c.status = 'ACTIVE'
     ORDER BY p.birth_date DESC LIMIT 1`,
  );
  ({ key: personId, id_number: idNumber, household_id: householdId } = row);
});
afterAll(() => graph.stop());

const view = async (role: string, name = 'PersonView', variables: Record<string, unknown> = { id: personId }) =>
  post(graph.gatewayUrl, contractOperation(name), variables, await graph.as(role));

const forbiddenPaths = (res: { errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
  (res.errors ?? [])
    .filter((e) => e.extensions?.code === 'FORBIDDEN')
    .map((e) => e.path!.join('.'))
    .sort();

test('a caseworker sees PersonView in full', async () => {
  const res = await view('caseworker');
  expect(res.errors).toBeUndefined();
  expect(res.data!.person.idNumber).toBe(idNumber);
});

test('an analyst sees PersonView pseudonymously: no name, birth date or exact age, of the ID number only the region code, records intact', async () => {
  const res = await view('analyst');
  expect(forbiddenPaths(res)).toEqual(expect.arrayContaining(['person.age', 'person.birthDate', 'person.name']));
  expect(res.data!.person.name).toBeNull();
  expect(res.data!.person.birthDate).toBeNull();
  expect(res.data!.person.age).toBeNull();
  expect(res.data!.person.idNumber).toBe(`${idNumber.slice(0, 6)}************`);
  expect(res.data!.person.household.assistanceCases.length).toBeGreaterThan(0);
  // Health details beyond amounts are not an analyst's.
  for (const s of res.data!.person.health?.medicalAssistance ?? []) {
    expect(s.hospitalName).toBeNull();
    expect(s.totalCost).toMatch(/^\d+\.\d{2}$/);
  }
});

test("an agency role sees its own records and the identity of a person it holds records on, and not another agency's records", async () => {
  const [{ person_key: holder }] = await graph.subgraphs['civil-affairs'].db.query(
    "SELECT person_key FROM person_record_holder WHERE agency = 'disabled-persons' ORDER BY person_key LIMIT 1",
  );
  const res = await view('disabled-persons', 'PersonView', { id: holder });
  expect(res.data!.person.name).not.toBeNull();
  expect(res.data!.person.idNumber).toMatch(/^\d{17}[\dX]$/);
  expect(res.data!.person.disability).not.toBeNull();
  const forbidden = forbiddenPaths(res);
  expect(forbidden).toEqual(
    expect.arrayContaining(['person.education', 'person.employment', 'person.health', 'person.household.assistanceCases']),
  );
  expect(forbidden.some((p) => p.startsWith('person.disability'))).toBe(false);
});

test('HouseholdView for an analyst keeps amounts and withholds names', async () => {
  const res = await view('analyst', 'HouseholdView', { id: householdId });
  expect(res.data!.household.assistanceCases[0].monthlyAmount).toMatch(/^\d+\.\d{2}$/);
  expect(res.data!.household.members.every((m: any) => m.name === null && m.age === null)).toBe(true);
  expect(forbiddenPaths(res).every((p) => /^household\.(members\.\d+\.(name|age)|head\.name)$/.test(p))).toBe(true);
});

test("HouseholdView for an agency role withholds the other agencies' records and keeps its own", async () => {
  const res = await view('education', 'HouseholdView', { id: householdId });
  const forbidden = forbiddenPaths(res);
  expect(forbidden).toContain('household.assistanceCases');
  expect(forbidden.some((p) => /members\.\d+\.education/.test(p))).toBe(false);
  expect(forbidden.some((p) => /members\.\d+\.disability/.test(p))).toBe(true);
});

test('an analyst gets an age band and not an exact age', async () => {
  const res = await post(
    graph.gatewayUrl,
    'query($id: ID!) { person(id: $id) { age ageBand } }',
    { id: personId },
    await graph.as('analyst'),
  );
  expect(forbiddenPaths(res)).toEqual(['person.age']);
  expect(res.data!.person).toEqual({ age: null, ageBand: expect.stringMatching(/^\d+-\d+$|^100\+$/) });
});

test("an analyst's age filter off the 5-year bands is refused, saying what is allowed", async () => {
  const res = await post(graph.gatewayUrl, '{ persons(filter: { minAge: 33, maxAge: 37 }) { totalCount } }', {}, await graph.as('analyst'));
  expect(expectErrorCode(res, 'BAD_USER_INPUT').message).toMatch(/filter\.minAge: must be a multiple of 5/);
  const aligned = await post(
    graph.gatewayUrl,
    '{ persons(filter: { minAge: 30, maxAge: 39 }) { totalCount } }',
    {},
    await graph.as('analyst'),
  );
  expect(aligned.errors).toBeUndefined();
  expect(aligned.data!.persons.totalCount).toBeGreaterThan(0);
});

test('analysts see no free text: no case reason, school, employer or service provider, and keep the records', async () => {
  const res = await post(
    graph.gatewayUrl,
    `query($id: ID!) { household(id: $id) { assistanceCases { program statusReason }
      members { id education { enrollments { stage schoolName } } employment { status employerName services { kind provider } } } } }`,
    { id: householdId },
    await graph.as('analyst'),
  );
  const forbidden = forbiddenPaths(res);
  expect(forbidden).toContain('household.assistanceCases.0.statusReason');
  expect(forbidden.filter((p) => !/\.(statusReason|schoolName|employerName|provider)$/.test(p))).toEqual([]);
  const members = res.data!.household.members;
  for (const m of members) {
    for (const e of m.education?.enrollments ?? []) expect(e).toEqual({ stage: expect.any(String), schoolName: null });
    if (m.employment) expect(m.employment).toMatchObject({ status: expect.any(String), employerName: null });
    for (const s of m.employment?.services ?? []) expect(s.provider).toBeNull();
  }
  expect(res.data!.household.assistanceCases[0].program).toEqual(expect.any(String));
});

test("an education role sees the name of a student's person and not of a person education holds nothing on", async () => {
  const db = graph.subgraphs['civil-affairs'].db;
  const [student] = await db.query(
    "SELECT p.key, p.name FROM person p JOIN person_record_holder r ON r.person_key = p.key AND r.agency = 'education' ORDER BY p.key LIMIT 1",
  );
  const [stranger] = await db.query(
    "SELECT key FROM person p WHERE NOT EXISTS (SELECT 1 FROM person_record_holder r WHERE r.person_key = p.key AND r.agency = 'education') ORDER BY key LIMIT 1",
  );
  const query = 'query($id: ID!) { person(id: $id) { name education { enrollments { stage } } } }';
  const seen = await post(graph.gatewayUrl, query, { id: student.key }, await graph.as('education'));
  expect(seen.errors).toBeUndefined();
  expect(seen.data!.person.name).toBe(student.name);
  expect(seen.data!.person.education.enrollments.length).toBeGreaterThan(0);
  const refused = await post(graph.gatewayUrl, query, { id: stranger.key }, await graph.as('education'));
  expect(expectErrorCode(refused, 'FORBIDDEN', 'person.name').message).toMatch(/education holds no records on this person/);
  expect(refused.data!.person).toEqual({ name: null, education: null });
});

test('every saved contract operation answers a caseworker giving CONTRACT_CHECK without errors', async () => {
  const variables: Record<string, Record<string, unknown>> = {
    PersonView: { id: personId },
    HouseholdView: { id: householdId },
    PersonByIdNumber: { idNumber },
  };
  for (const name of contractOperationNames()) {
    const res = await post(
      graph.gatewayUrl,
      contractOperation(name),
      variables[name] ?? {},
      await graph.as('caseworker', 'CONTRACT_CHECK'),
    );
    expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
  }
});

test('x-purpose: constructor is refused before any subgraph is called: only the fixed list counts', async () => {
  for (const s of Object.values(graph.subgraphs)) s.counter.reset();
  const res = await post(graph.gatewayUrl, contractOperation('PersonView'), { id: personId }, await graph.as('caseworker', 'constructor'));
  expect(res.status).toBe(400);
  expect(expectErrorCode(res, 'PURPOSE_REQUIRED').message).toMatch(/CASE_REVIEW/);
  expect(Object.values(graph.subgraphs).every((s) => s.counter.count === 0)).toBe(true);
});

test('an analyst giving the AUDIT purpose is refused, naming the purposes an analyst may give', async () => {
  for (const s of Object.values(graph.subgraphs)) s.counter.reset();
  const res = await post(graph.gatewayUrl, '{ persons(first: 1) { totalCount } }', {}, await graph.as('analyst', 'AUDIT'));
  expect(res.status).toBe(403);
  expect(expectErrorCode(res, 'PURPOSE_NOT_ALLOWED').message).toMatch(
    /analyst may not read for purpose AUDIT.*STATISTICS, PROACTIVE_DISCOVERY/,
  );
  expect(Object.values(graph.subgraphs).every((s) => s.counter.count === 0)).toBe(true);
});

test("an analyst reviewing a case is refused: CASE_REVIEW is not an analyst's purpose", async () => {
  const res = await post(graph.gatewayUrl, contractOperation('PersonView'), { id: personId }, await graph.as('analyst', 'CASE_REVIEW'));
  expectErrorCode(res, 'PURPOSE_NOT_ALLOWED');
  expect(res.data ?? null).toBeNull();
});

test('a request without a purpose is refused before any subgraph is called', async () => {
  const { authorization } = await graph.as('caseworker');
  for (const s of Object.values(graph.subgraphs)) s.counter.reset();
  const res = await post(graph.gatewayUrl, contractOperation('PersonView'), { id: personId }, { authorization });
  expect(res.status).toBe(400);
  expect(expectErrorCode(res, 'PURPOSE_REQUIRED').message).toMatch(/x-purpose/);
  expect(Object.values(graph.subgraphs).every((s) => s.counter.count === 0)).toBe(true);
});

/** The agencies that answer for persons (a resolvable Person entity): every read of a person leaves a row in each. */
const PERSON_AGENCIES = AGENCY_NAMES.filter((name) => entityTypes(agencySchema(name)).some((t) => t.name === 'Person'));

test("a read through the gateway leaves entries in each subgraph it touched, under the gateway's one request id, naming the person and fields", async () => {
  const clientRequestId = `audit-${Date.now()}`;
  await post(
    graph.gatewayUrl,
    projectOperation('PersonAcrossAllUnits'),
    { id: personId },
    { ...(await graph.as('caseworker')), 'x-request-id': clientRequestId },
  );
  const requestIds = new Set<string>();
  for (const name of PERSON_AGENCIES) {
    const rows = await graph.subgraphs[name].db.query(
      'SELECT request_id, person_keys, fields, purpose, role FROM access_log WHERE client_request_id = $1',
      [clientRequestId],
    );
    expect({ name, entries: rows.length > 0 }).toEqual({ name, entries: true });
    expect(rows.flatMap((r: { person_keys: string[] }) => r.person_keys)).toContain(personId);
    for (const row of rows) {
      expect(row).toMatchObject({ purpose: 'CASE_REVIEW', role: 'caseworker' });
      requestIds.add(row.request_id);
    }
    expect(rows.some((r: { fields: string[] }) => r.fields.length > 0)).toBe(true);
  }
  expect(requestIds.size).toBe(1);
  expect([...requestIds][0]).not.toBe(clientRequestId);
});

test('an auditor reads the access log of every subgraph through the gateway, filtered by person', async () => {
  await post(graph.gatewayUrl, projectOperation('PersonAcrossAllUnits'), { id: personId }, await graph.as('caseworker'));
  const fields = AGENCY_NAMES.map(
    (n) =>
      `${accessLogFieldName(n).replace(/-/g, '')}: ${accessLogFieldName(n)}(filter: { personId: $p }, first: 5) { totalCount nodes { role purpose personIds } }`,
  );
  const res = await post(graph.gatewayUrl, `query($p: ID!) { ${fields.join('\n')} }`, { p: personId }, await graph.as('auditor', 'AUDIT'));
  expect(res.errors).toBeUndefined();
  for (const n of PERSON_AGENCIES) expect({ n, logged: res.data![accessLogFieldName(n)].totalCount > 0 }).toEqual({ n, logged: true });
});

describe('hostile queries are refused before any subgraph is called', () => {
  const deep = `{ person(id: "${'p'.padEnd(23, 'a')}") { household { members { household { members { household { members { household { members { household { members { id } } } } } } } } } } } }`;
  const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: regions { code }`).join(' ')} }`;
  const tokens = `{ disabledPersons(filter: { grades: [${Array.from({ length: 2500 }, () => '1').join(', ')}] }) { totalCount } }`;
  const directives = `{ regions @include(if: true) ${'@skip(if: false) '.repeat(30)} { code } }`;
  const page =
    'households(first: 100) { nodes { members { household { members { education { aid { kind } enrollments { stage } } } } } } }';
  const costly = `{ a: ${page} b: ${page} c: ${page} }`;
  test.each([
    ['too deep', deep, /depth/i],
    ['too many aliases', aliases, /aliases/i],
    ['too many tokens', tokens, /token/i],
    ['too many directives', directives, /directives/i],
    ['too costly', costly, /too costly/],
  ])('%s', async (_name, query, message) => {
    for (const s of Object.values(graph.subgraphs)) s.counter.reset();
    const res = await post(graph.gatewayUrl, query, {}, await graph.as('caseworker'));
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].message).toMatch(message);
    expect(Object.values(graph.subgraphs).every((s) => s.counter.count === 0)).toBe(true);
  });

  test('the same query with a larger page size in its variables is costed anew and refused', async () => {
    const query =
      'query ($n: Int) { households(first: $n) { nodes { members { household { members { education { aid { kind } enrollments { stage } } } } } } } }';
    const small = await post(graph.gatewayUrl, query, { n: 2 }, await graph.as('caseworker'));
    expect(small.errors).toBeUndefined();
    const large = await post(graph.gatewayUrl, query, { n: 400 }, await graph.as('caseworker'));
    expectErrorCode(large, 'QUERY_TOO_COSTLY');
  });

  test('a request body over the limit is refused with PAYLOAD_TOO_LARGE', async () => {
    const res = await post(graph.gatewayUrl, `{ regions { code } } # ${'x'.repeat(200_000)}`, {}, await graph.as('caseworker'));
    expect(res.status).toBe(413);
    expectErrorCode(res, 'PAYLOAD_TOO_LARGE');
  });

  /** A caseworker's batch of `operations` copies of one small query, in one HTTP request. */
  const batchOf = async (operations: number) =>
    fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await graph.as('caseworker')) },
      body: JSON.stringify(Array.from({ length: operations }, () => ({ query: '{ regions { code } }' }))),
    });

  test('a batch of more operations than the limit is refused with BATCH_TOO_LARGE', async () => {
    const res = await batchOf(11);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
  });

  test('a batch within the limit is answered', async () => {
    const res = await batchOf(3);
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveLength(3);
  });
});

describe('SQL-injection strings in string arguments are refused or treated as plain values', () => {
  const injections = ["' OR '1'='1", '1; DROP TABLE person; --', "411302' UNION SELECT id_number FROM person --"];
  /**
   * Every String or ID argument of every root query field of the supergraph, directly or inside an input
   * object (filters), found by introspection so that a new argument is covered without editing this test.
   */
  function stringArguments(schema: GraphQLSchema): [string, string][] {
    const cases: [string, string][] = [];
    const selection = (type: GraphQLOutputType) => (isLeafType(getNamedType(type)) ? '' : ' { __typename }');
    const isText = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name) && !isListType(getNullableType(type));
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const required = field.args.filter((a) => isNonNullType(a.type));
      for (const arg of field.args) {
        if (required.some((r) => r !== arg)) continue;
        const named = getNamedType(arg.type);
        if (isText(arg.type)) {
          cases.push([
            `${field.name}(${arg.name})`,
            `query($v: ${getNamedType(arg.type).name}!) { ${field.name}(${arg.name}: $v)${selection(field.type)} }`,
          ]);
        } else if (isInputObjectType(named)) {
          for (const inner of Object.values(named.getFields())) {
            if (isText(inner.type)) {
              cases.push([
                `${field.name}(${arg.name}.${inner.name})`,
                `query($v: ${getNamedType(inner.type).name}!) { ${field.name}(${arg.name}: { ${inner.name}: $v })${selection(field.type)} }`,
              ]);
            }
          }
        }
      }
    }
    return cases;
  }
  const table = stringArguments(apiSchema(compose(registrySources()))).flatMap(([name, query]) =>
    injections.map((injection) => [name, injection, query]),
  );

  test('every root query field with a text argument is covered', () => {
    expect(new Set(table.map(([name]) => name.split('(')[0])).size).toBeGreaterThanOrEqual(15);
  });

  test.each(table)('%s with %j', async (_name, injection, query) => {
    const res = await post(graph.gatewayUrl, query, { v: injection }, await graph.as('admin'));
    expect(res.status).toBe(200);
    // Refused as a value (BAD_USER_INPUT), or looked up as the plain value it is (not found: null, empty).
    expect((res.errors ?? []).map((e) => e.extensions?.code).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    // Never reaching SQL as code: no database error text comes back.
    expect(JSON.stringify(res)).not.toMatch(/syntax error at|relation "|column "|SQLSTATE|INTERNAL_SERVER_ERROR/);
  });
  test('the tables are all still there', async () => {
    const [{ count }] = await graph.subgraphs['civil-affairs'].db.query('SELECT count(*)::int AS count FROM person');
    expect(count).toBe(1500);
  });
});
