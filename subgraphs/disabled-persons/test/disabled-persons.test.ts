// Disabled persons' federation against the real PostgreSQL server: profiles, batching, the list, validation, scopes.
import { compose, registrySources } from '../../../gateway/src/supergraph';
import { loadSubgraphConfig } from '../../../shared/src/config';
import { generateCity } from '../../../shared/src/demo/city';
import { formatMoney } from '../../../shared/src/money';
import { RunningSubgraph } from '../../../shared/src/subgraph';
import { expectErrorCode, GraphQLResponse, post, subgraphIdentity, personRefs, walkList } from '../../../shared/src/testing/graphql';
import { startTestSubgraph } from '../../../test/support/federation';
import { AGENCY_NAMES } from '../../registry';

const PEOPLE = 800;
const PROFILE = 'disability { certificate { number category grade issuedOn validUntil } subsidies { id kind monthlyAmount status startDate endDate } }';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id ${PROFILE} } } }`;
const LIST = `query($filter: DisabledPersonFilter, $first: Int, $after: String) {
  disabledPersons(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}`;

let subgraph: RunningSubgraph;
/** The demo city the test subgraph was seeded from (startTestSubgraph uses seed 7). */
const city = () => generateCity({ people: PEOPLE, seed: 7, personKeySecret: loadSubgraphConfig('disabled-persons', 0, { NODE_ENV: 'test' }).personKeySecret });
const as = async (role: string) => ({ authorization: `Bearer ${await subgraphIdentity('disabled-persons', role, AGENCY_NAMES)}` });
const people = personRefs;
/** The person keys a query returns, sorted in JS (the server's collation may order them otherwise). */
const keys = async (sql: string, params: unknown[] = []): Promise<string[]> =>
  (await subgraph.db.query(sql, params)).map((r: { person_key: string }) => r.person_key).sort();

/** Walks every page of the list, asserting that no key repeats; returns the keys sorted. */
async function allDisabledPersons(filter: Record<string, unknown>, first = 3) {
  const { ids, totalCount } = await walkList(subgraph.url, 'disabledPersons', filter, first, () => as('analyst'), 'DisabledPersonFilter');
  expect(new Set(ids).size).toBe(ids.length);
  return { keys: ids.sort(), totalCount };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('disabled-persons', { people: PEOPLE });
});
afterAll(() => subgraph.stop());

test('a certified person resolved by entity carries the certificate and subsidies the federation holds, newest first', async () => {
  const [key] = await keys('SELECT person_key FROM disability_subsidy ORDER BY start_date LIMIT 1');
  const res = await post(subgraph.url, ENTITIES, people([key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  const [c] = await subgraph.db.query('SELECT * FROM disability_certificate WHERE person_key = $1', [key]);
  const subsidies = await subgraph.db.query('SELECT * FROM disability_subsidy WHERE person_key = $1 ORDER BY start_date DESC, kind', [key]);
  expect(res.data!._entities[0]).toEqual({
    id: key,
    disability: {
      certificate: { number: c.number, category: c.category, grade: c.grade, issuedOn: c.issued_on, validUntil: c.valid_until },
      subsidies: subsidies.map((s: any) => ({
        id: s.id, kind: s.kind, monthlyAmount: formatMoney(s.monthly_amount_fen), status: s.status, startDate: s.start_date, endDate: s.end_date,
      })),
    },
  });
});

test('a person the federation holds nothing on resolves with a null profile', async () => {
  const able = city().persons.find((p) => !p.disability)!;
  const res = await post(subgraph.url, ENTITIES, people([able.key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([{ id: able.key, disability: null }]);
});

test('the seed certifies exactly the disabled persons of the demo city, numbered from their ID number, category and grade', async () => {
  const digits: Record<string, string> = { VISUAL: '1', HEARING: '2', SPEECH: '3', PHYSICAL: '4', INTELLECTUAL: '5', MENTAL: '6', MULTIPLE: '7' };
  const byKey = (a: { person_key: string }, b: { person_key: string }) => (a.person_key < b.person_key ? -1 : 1);
  const rows = await subgraph.db.query('SELECT person_key, number, category, grade, region_code FROM disability_certificate');
  const expected = city().persons.filter((p) => p.disability).map((p) => ({
    person_key: p.key, number: `${p.idNumber}${digits[p.disability!.category]}${p.disability!.grade}`,
    category: p.disability!.category, grade: p.disability!.grade, region_code: p.regionCode,
  }));
  expect(rows.sort(byKey)).toEqual(expected.sort(byKey));
});

test('profiles of 100 persons cost one statement per table, the same as for 10', async () => {
  // Every certified person of the test city (about 50), then others up to 100.
  const persons = city().persons;
  const ids = [...persons.filter((p) => p.disability), ...persons.filter((p) => !p.disability)].slice(0, 100).map((p) => p.key);
  const statements = async (n: number) => {
    subgraph.counter.reset();
    const res = await post(subgraph.url, ENTITIES, people(ids.slice(0, n)), await as('caseworker'));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toHaveLength(n);
    return subgraph.counter.count;
  };
  expect(await statements(100)).toBe(2);
  expect(await statements(10)).toBe(2);
});

test('grade 1-2 persons lacking an active care subsidy are exactly those SQL finds, walked page by page', async () => {
  const { keys: listed, totalCount } = await allDisabledPersons({ grades: [1, 2], lacksSubsidy: 'SEVERE_CARE' });
  const expected = await keys(
    `SELECT c.person_key FROM disability_certificate c WHERE c.grade IN (1, 2)
       AND NOT EXISTS (SELECT 1 FROM disability_subsidy s WHERE s.person_key = c.person_key AND s.kind = 'SEVERE_CARE' AND s.status = 'ACTIVE')`,
  );
  expect(expected.length).toBeGreaterThan(3);
  expect(listed).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('persons with a suspended or terminated care subsidy count as lacking it', async () => {
  const lapsed = await keys(
    `SELECT person_key FROM disability_subsidy s WHERE kind = 'SEVERE_CARE' AND status <> 'ACTIVE'
       AND NOT EXISTS (SELECT 1 FROM disability_subsidy a WHERE a.person_key = s.person_key AND a.kind = 'SEVERE_CARE' AND a.status = 'ACTIVE')`,
  );
  const { keys: listed } = await allDisabledPersons({ lacksSubsidy: 'SEVERE_CARE' }, 100);
  expect(lapsed.length).toBeGreaterThan(0);
  expect(listed).toEqual(expect.arrayContaining(lapsed));
});

test('categories and the issuing county narrow the list to exactly the certificates SQL finds', async () => {
  const [{ region_code: region }] = await subgraph.db.query('SELECT region_code FROM disability_certificate GROUP BY 1 ORDER BY count(*) DESC LIMIT 1');
  const { keys: listed, totalCount } = await allDisabledPersons({ categories: ['PHYSICAL', 'HEARING'], regionCode: region });
  const expected = await keys("SELECT person_key FROM disability_certificate WHERE category IN ('PHYSICAL', 'HEARING') AND region_code = $1", [region]);
  expect(expected.length).toBeGreaterThan(0);
  expect(listed).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test.each([
  ['a grade of 0', { filter: { grades: [1, 0] } }, 'filter.grades'],
  ['a grade of 5', { filter: { grades: [5] } }, 'filter.grades'],
  ['an empty list of grades', { filter: { grades: [] } }, 'filter.grades'],
  ['a county outside the city', { filter: { regionCode: '110105' } }, 'filter.regionCode'],
  ['a page size of 0', { first: 0 }, 'first'],
  ['a page size of 101', { first: 101 }, 'first'],
  ['a cursor the list never gave out', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
])('%s is refused as BAD_USER_INPUT naming the field', async (_, variables, field) => {
  const res = await post(subgraph.url, LIST, variables, await as('analyst'));
  const error = expectErrorCode(res, 'BAD_USER_INPUT', 'disabledPersons');
  expect(error.extensions?.field).toBe(field);
});

test('another agency\'s role gets FORBIDDEN on the disability profile while the id still answers', async () => {
  const [key] = await keys('SELECT person_key FROM disability_certificate LIMIT 1');
  const res = await post(subgraph.url, ENTITIES, people([key]), await as('education'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.disability');
  expect(res.data!._entities[0]).toEqual({ id: key, disability: null });
});

test('an analyst gets FORBIDDEN on the certificate number while grades and amounts still answer', async () => {
  const [key] = await keys('SELECT person_key FROM disability_subsidy LIMIT 1');
  const res = await post(subgraph.url, ENTITIES, people([key]), await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.disability.certificate.number');
  const profile = res.data!._entities[0].disability;
  expect(profile.certificate.number).toBeNull();
  expect(profile.certificate.grade).toBeGreaterThanOrEqual(1);
  expect(profile.subsidies[0].monthlyAmount).toMatch(/^\d+\.\d{2}$/);
});

test('the disabled-persons schema composes with civil affairs', () => {
  expect(() => compose(registrySources({}, ['civil-affairs', 'disabled-persons']))).not.toThrow();
});
