// Housing against the real PostgreSQL server: profiles by entity reference, batching, lists, validation, scopes.
import { compose, registrySources } from '../../../gateway/src/supergraph';
import { loadSubgraphConfig } from '../../../shared/src/config';
import { DemoCity, generateCity } from '../../../shared/src/demo/city';
import { RunningSubgraph } from '../../../shared/src/subgraph';
import { expectErrorCode, post, subgraphIdentity, personRefs, walkList } from '../../../shared/src/testing/graphql';
import { startTestSubgraph } from '../../../test/support/federation';
import { AGENCY_NAMES } from '../../registry';

const PEOPLE = 800;
let subgraph: RunningSubgraph;
let city: DemoCity;
const as = async (role: string) => ({ authorization: `Bearer ${await subgraphIdentity('housing', role, AGENCY_NAMES)}` });

const PROFILE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id housing {
  properties { id kind areaSqm address certificateNumber registeredOn share }
  assistance { id kind status amount startDate endDate unitAddress }
} } } }`;
const refs = personRefs;

beforeAll(async () => {
  subgraph = await startTestSubgraph('housing', { people: PEOPLE });
  // The same city the subgraph seeded (startTestSubgraph seeds with SEED 7 and the test secret).
  city = generateCity({ people: PEOPLE, seed: 7, personKeySecret: loadSubgraphConfig('housing', 0, { NODE_ENV: 'test' }).personKeySecret });
});
afterAll(() => subgraph.stop());

const walk = async (field: string, filter: string, first: number, role = 'analyst') =>
  walkList(subgraph.url, field, filter, first, () => as(role));

test('a person with housing records gets their holdings and assistance as the tables hold them', async () => {
  const [{ person_key: key }] = await subgraph.db.query(
    'SELECT a.person_key FROM housing_assistance a JOIN property_holding h USING (person_key) ORDER BY a.person_key LIMIT 1',
  );
  const properties = await subgraph.db.query(
    `SELECT id, kind, area_sqm::float8 AS "areaSqm", address, certificate_number AS "certificateNumber", registered_on AS "registeredOn", share::float8 AS share
     FROM property_holding WHERE person_key = $1 ORDER BY registered_on`,
    [key],
  );
  const assistance = await subgraph.db.query(
    `SELECT id, kind, status, to_char(amount_fen / 100.0, 'FM999999990.00') AS amount, start_date AS "startDate", end_date AS "endDate", unit_address AS "unitAddress"
     FROM housing_assistance WHERE person_key = $1 ORDER BY start_date DESC`,
    [key],
  );
  const res = await post(subgraph.url, PROFILE, refs([key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0]).toEqual({ id: key, housing: { properties, assistance } });
});

test('a person of the city the bureaus hold nothing on gets a null profile', async () => {
  const held = new Set<string>((await subgraph.db.query('SELECT person_key FROM property_holding UNION SELECT person_key FROM housing_assistance')).map((r: any) => r.person_key));
  const stranger = city.persons.find((p) => !held.has(p.key))!;
  const res = await post(subgraph.url, PROFILE, refs([stranger.key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0]).toEqual({ id: stranger.key, housing: null });
});

test('the profiles of 100 persons cost one SQL statement per table, as do those of 10', async () => {
  const counts: number[] = [];
  for (const n of [10, 100]) {
    subgraph.counter.reset();
    const res = await post(subgraph.url, PROFILE, refs(city.persons.slice(0, n).map((p) => p.key)), await as('caseworker'));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.filter((e: any) => e.housing).length).toBeGreaterThan(0);
    counts.push(subgraph.counter.count);
  }
  expect(counts).toEqual([2, 2]);
});

test('housing assistance recipients filtered by kind and status are the persons with such a record, paged without repeats', async () => {
  const expected = (await subgraph.db.query(
    "SELECT DISTINCT person_key FROM housing_assistance WHERE kind = 'DILAPIDATED_RENOVATION' AND status = 'COMPLETED' ORDER BY person_key",
  )).map((r: any) => r.person_key);
  expect(expected.length).toBeGreaterThan(3);
  const { ids, totalCount } = await walk('housingAssistanceRecipients', '{ kind: DILAPIDATED_RENOVATION, status: COMPLETED }', 3);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('housing assistance recipients filtered by county list only records of that county', async () => {
  const [{ region_code: region }] = await subgraph.db.query('SELECT region_code FROM housing_assistance GROUP BY region_code ORDER BY count(*) DESC LIMIT 1');
  const expected = (await subgraph.db.query('SELECT DISTINCT person_key FROM housing_assistance WHERE region_code = $1 ORDER BY person_key', [region])).map((r: any) => r.person_key);
  const { ids, totalCount } = await walk('housingAssistanceRecipients', `{ regionCode: "${region}" }`, 100);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('property holders with at least two holdings are the persons the register shows with two or more', async () => {
  const expected = (await subgraph.db.query('SELECT person_key FROM property_holding GROUP BY person_key HAVING count(*) >= 2 ORDER BY person_key')).map((r: any) => r.person_key);
  expect(expected.length).toBeGreaterThan(2);
  const { ids, totalCount } = await walk('propertyHolders', '{ minHoldings: 2 }', 2);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('property holders by kind and total area count only the holdings of that kind', async () => {
  const expected = (await subgraph.db.query(
    "SELECT person_key FROM property_holding WHERE kind = 'RESIDENTIAL' GROUP BY person_key HAVING sum(area_sqm) >= 100.5 ORDER BY person_key",
  )).map((r: any) => r.person_key);
  expect(expected.length).toBeGreaterThan(10);
  const { ids, totalCount } = await walk('propertyHolders', '{ kind: RESIDENTIAL, minTotalAreaSqm: 100.5 }', 10);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test.each([
  ['housingAssistanceRecipients(filter: { regionCode: "110105" })', 'filter.regionCode'],
  ['housingAssistanceRecipients(first: 0)', 'first'],
  ['housingAssistanceRecipients(first: 101)', 'first'],
  ['housingAssistanceRecipients(after: "not-a-cursor")', 'after'],
  ['propertyHolders(filter: { minHoldings: 0 })', 'filter.minHoldings'],
  ['propertyHolders(filter: { minHoldings: 51 })', 'filter.minHoldings'],
  ['propertyHolders(filter: { minTotalAreaSqm: -1 })', 'filter.minTotalAreaSqm'],
  ['propertyHolders(filter: { regionCode: "4113" })', 'filter.regionCode'],
])('%s is refused as BAD_USER_INPUT naming %s', async (call, field) => {
  const res = await post(subgraph.url, `{ ${call} { totalCount nodes { id } } }`, {}, await as('analyst'));
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(field);
  expect(error.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
});

test('another agency\'s role gets FORBIDDEN at the housing profile while the person id still answers', async () => {
  const [{ person_key: key }] = await subgraph.db.query('SELECT person_key FROM property_holding LIMIT 1');
  const res = await post(subgraph.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id housing { properties { kind } } } } }', refs([key]), await as('education'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.housing');
  expect(res.data!._entities[0]).toEqual({ id: key, housing: null });
});

test('an analyst gets FORBIDDEN on addresses and certificate numbers while areas and amounts still answer', async () => {
  const [{ person_key: key }] = await subgraph.db.query(
    'SELECT a.person_key FROM housing_assistance a JOIN property_holding h USING (person_key) WHERE a.amount_fen IS NOT NULL LIMIT 1',
  );
  const res = await post(subgraph.url, PROFILE, refs([key]), await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.housing.properties.0.address');
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.housing.properties.0.certificateNumber');
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.housing.assistance.0.unitAddress');
  const housing = res.data!._entities[0].housing;
  expect(housing.properties[0]).toMatchObject({ address: null, certificateNumber: null, areaSqm: expect.any(Number) });
  expect(housing.assistance.some((a: any) => /^\d+\.\d{2}$/.test(a.amount))).toBe(true);
});

test('a role without the housing records scope cannot list property holders', async () => {
  const res = await post(subgraph.url, '{ propertyHolders { totalCount } }', {}, await as('trade-union'));
  expectErrorCode(res, 'FORBIDDEN', 'propertyHolders');
});

test('a profile read appends an access-log entry naming the caller, purpose, person and field', async () => {
  const [{ person_key: key }] = await subgraph.db.query('SELECT person_key FROM property_holding ORDER BY person_key DESC LIMIT 1');
  await post(subgraph.url, 'query Look($r: [_Any!]!) { _entities(representations: $r) { ... on Person { housing { properties { kind } } } } }', refs([key]), await as('caseworker'));
  const res = await post(
    subgraph.url,
    'query($p: ID!) { housingAccessLog(filter: { personId: $p }) { totalCount nodes { subject role purpose operation personIds fields } } }',
    { p: key },
    await as('auditor'),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.housingAccessLog.nodes).toContainEqual({
    subject: 'test-caseworker', role: 'caseworker', purpose: 'CASE_REVIEW', operation: 'Look', personIds: [key], fields: ['Person.housing'],
  });
});

test('housing composes with civil-affairs into one supergraph', () => {
  const supergraph = compose(registrySources({}, ['civil-affairs', 'housing']));
  expect(supergraph).toMatch(/housing: HousingProfile/);
  expect(supergraph).toMatch(/propertyHolders\(/);
});
