// Human resources against the real PostgreSQL server: profiles by entity reference, batching, lists, validation, scopes.
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
const as = async (role: string) => ({ authorization: `Bearer ${await subgraphIdentity('human-resources', role, AGENCY_NAMES)}` });

const PROFILE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id
  employment { status registeredUnemployed unemploymentRegisteredOn employerName services { id kind startDate endDate provider } }
  socialInsurance { scheme status contributionBase since }
} } }`;
const refs = personRefs;
const MONEY = `to_char(contribution_base_fen / 100.0, 'FM999999990.00')`;
const keysOf = (rows: { person_key: string }[]) => rows.map((r) => r.person_key);

beforeAll(async () => {
  subgraph = await startTestSubgraph('human-resources', { people: PEOPLE });
  // The same city the subgraph seeded (startTestSubgraph seeds with SEED 7 and the test secret).
  city = generateCity({ people: PEOPLE, seed: 7, personKeySecret: loadSubgraphConfig('human-resources', 0, { NODE_ENV: 'test' }).personKeySecret });
});
afterAll(() => subgraph.stop());

const walk = async (field: string, filter: string, first: number, role = 'analyst') =>
  walkList(subgraph.url, field, filter, first, () => as(role));

test('a served, insured person gets the employment record, services and enrolments the tables hold', async () => {
  const [{ person_key: key }] = await subgraph.db.query(
    `SELECT r.person_key FROM employment_record r JOIN employment_service s USING (person_key)
     WHERE EXISTS (SELECT 1 FROM social_insurance_enrollment e WHERE e.person_key = r.person_key AND e.contribution_base_fen IS NOT NULL)
     ORDER BY r.person_key LIMIT 1`,
  );
  const [record] = await subgraph.db.query(
    `SELECT status, registered_unemployed AS "registeredUnemployed", unemployment_registered_on AS "unemploymentRegisteredOn", employer_name AS "employerName"
     FROM employment_record WHERE person_key = $1`,
    [key],
  );
  const services = await subgraph.db.query(
    'SELECT id, kind, start_date AS "startDate", end_date AS "endDate", provider FROM employment_service WHERE person_key = $1 ORDER BY start_date DESC, kind',
    [key],
  );
  const enrollments = await subgraph.db.query(
    `SELECT scheme, status, ${MONEY} AS "contributionBase", since FROM social_insurance_enrollment WHERE person_key = $1
     ORDER BY array_position(ARRAY['EMPLOYEE_PENSION', 'RESIDENT_PENSION', 'EMPLOYEE_MEDICAL', 'RESIDENT_MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY', 'MATERNITY'], scheme)`,
    [key],
  );
  const res = await post(subgraph.url, PROFILE, refs([key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0]).toEqual({ id: key, employment: { ...record, services }, socialInsurance: enrollments });
});

test('an employed person is insured in the four employee schemes on the same contribution base', async () => {
  const [{ person_key: key }] = await subgraph.db.query("SELECT person_key FROM employment_record WHERE status = 'EMPLOYED' ORDER BY person_key LIMIT 1");
  const res = await post(subgraph.url, PROFILE, refs([key]), await as('caseworker'));
  const insurance = res.data!._entities[0].socialInsurance;
  expect(insurance.map((e: any) => e.scheme)).toEqual(['EMPLOYEE_PENSION', 'EMPLOYEE_MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY']);
  expect(new Set(insurance.map((e: any) => e.contributionBase)).size).toBe(1);
  expect(Number(insurance[0].contributionBase)).toBeGreaterThanOrEqual(3800);
});

test('a child the bureau only insures has a null employment record and a resident medical enrolment', async () => {
  const insured = new Set(keysOf(await subgraph.db.query("SELECT person_key FROM social_insurance_enrollment WHERE scheme = 'RESIDENT_MEDICAL'")));
  const child = city.persons.find((p) => p.age < 10 && insured.has(p.key))!;
  const res = await post(subgraph.url, PROFILE, refs([child.key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0]).toMatchObject({ id: child.key, employment: null, socialInsurance: [{ scheme: 'RESIDENT_MEDICAL', status: 'CONTRIBUTING', contributionBase: null }] });
});

test('a person of the city the bureau holds nothing on gets null for both fields', async () => {
  const held = new Set(keysOf(await subgraph.db.query('SELECT person_key FROM employment_record UNION SELECT person_key FROM social_insurance_enrollment')));
  const stranger = city.persons.find((p) => !held.has(p.key))!;
  const res = await post(subgraph.url, PROFILE, refs([stranger.key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities[0]).toEqual({ id: stranger.key, employment: null, socialInsurance: null });
});

test('an analyst gets no employer or service provider names, which are free text for the detail scope', async () => {
  const [{ person_key: employee }] = await subgraph.db.query('SELECT person_key FROM employment_record WHERE employer_name IS NOT NULL ORDER BY person_key LIMIT 1');
  const [{ person_key: served }] = await subgraph.db.query('SELECT person_key FROM employment_service ORDER BY person_key LIMIT 1');
  const res = await post(subgraph.url, PROFILE, refs([employee, served]), await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.employment.employerName');
  expectErrorCode(res, 'FORBIDDEN', '_entities.1.employment.services.0.provider');
  const [employed, helped] = res.data!._entities.map((e: any) => e.employment);
  expect(employed).toMatchObject({ status: 'EMPLOYED', employerName: null });
  expect(helped.services.length).toBeGreaterThan(0);
  for (const service of helped.services) expect(service).toMatchObject({ kind: expect.any(String), provider: null });
});

test('the profiles of 100 persons cost one SQL statement per table, as do those of 10', async () => {
  const served = keysOf(await subgraph.db.query('SELECT DISTINCT person_key FROM employment_service ORDER BY person_key LIMIT 5'));
  const counts: number[] = [];
  for (const n of [10, 100]) {
    subgraph.counter.reset();
    const keys = [...served, ...city.persons.slice(0, n - served.length).map((p) => p.key)];
    const res = await post(subgraph.url, PROFILE, refs(keys), await as('caseworker'));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toHaveLength(n);
    counts.push(subgraph.counter.count);
  }
  // employment_record, employment_service, social_insurance_enrollment
  expect(counts).toEqual([3, 3]);
});

test('registered unemployed job seekers without a recent service are the persons SQL finds, paged without repeats', async () => {
  const expected = keysOf(await subgraph.db.query(
    `SELECT person_key FROM employment_record r WHERE registered_unemployed
     AND NOT EXISTS (SELECT 1 FROM employment_service s WHERE s.person_key = r.person_key AND s.start_date > current_date - interval '12 months')
     ORDER BY person_key`,
  ));
  expect(expected.length).toBeGreaterThan(3);
  const { ids, totalCount } = await walk('jobSeekers', '{ registeredUnemployed: true, withoutService: true }', 3);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('job seekers with a service in the last 12 months are those with one started in that window', async () => {
  const expected = keysOf(await subgraph.db.query(
    `SELECT DISTINCT person_key FROM employment_service WHERE start_date > current_date - interval '12 months' ORDER BY person_key`,
  ));
  expect(expected.length).toBeGreaterThan(3);
  const { ids, totalCount } = await walk('jobSeekers', '{ withoutService: false }', 100);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('job seekers filtered by status and county list only the records of that status in that county', async () => {
  const [{ region_code: region }] = await subgraph.db.query("SELECT region_code FROM employment_record WHERE status = 'UNEMPLOYED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
  const expected = keysOf(await subgraph.db.query("SELECT person_key FROM employment_record WHERE status = 'UNEMPLOYED' AND region_code = $1 ORDER BY person_key", [region]));
  const { ids, totalCount } = await walk('jobSeekers', `{ status: UNEMPLOYED, regionCode: "${region}" }`, 2);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('insured persons by scheme and status are those with one enrolment matching both, paged without repeats', async () => {
  const expected = keysOf(await subgraph.db.query(
    "SELECT person_key FROM social_insurance_enrollment WHERE scheme = 'EMPLOYEE_PENSION' AND status = 'RECEIVING' ORDER BY person_key",
  ));
  expect(expected.length).toBeGreaterThan(3);
  const { ids, totalCount } = await walk('insuredPersons', '{ scheme: EMPLOYEE_PENSION, status: RECEIVING }', 4);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('insured persons by status alone count each person once however many enrolments match', async () => {
  const expected = keysOf(await subgraph.db.query("SELECT DISTINCT person_key FROM social_insurance_enrollment WHERE status = 'CONTRIBUTING' ORDER BY person_key"));
  const [{ rows }] = await subgraph.db.query("SELECT count(*)::int AS rows FROM social_insurance_enrollment WHERE status = 'CONTRIBUTING'");
  expect(rows).toBeGreaterThan(expected.length);
  const { ids, totalCount } = await walk('insuredPersons', '{ status: CONTRIBUTING }', 100);
  expect(ids).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test.each([
  ['jobSeekers(filter: { regionCode: "110105" })', 'filter.regionCode'],
  ['jobSeekers(first: 0)', 'first'],
  ['jobSeekers(first: 101)', 'first'],
  ['jobSeekers(after: "not-a-cursor")', 'after'],
  ['insuredPersons(filter: { regionCode: "4113" })', 'filter.regionCode'],
  ['insuredPersons(first: -1)', 'first'],
  ['insuredPersons(after: "bm90LWEtY3Vyc29y")', 'after'],
])('%s is refused as BAD_USER_INPUT naming %s', async (call, field) => {
  const res = await post(subgraph.url, `{ ${call} { totalCount nodes { id } } }`, {}, await as('analyst'));
  const error = expectErrorCode(res, 'BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(field);
  expect(error.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
});

test('another agency\'s role gets FORBIDDEN at both profile fields while the person id still answers', async () => {
  const [{ person_key: key }] = await subgraph.db.query('SELECT person_key FROM employment_record ORDER BY person_key LIMIT 1');
  const res = await post(
    subgraph.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id employment { status } socialInsurance { scheme } } } }',
    refs([key]),
    await as('health'),
  );
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.employment');
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.socialInsurance');
  expect(res.data!._entities[0]).toEqual({ id: key, employment: null, socialInsurance: null });
});

test('an analyst gets FORBIDDEN on the employer name while statuses and contribution bases still answer', async () => {
  const [{ person_key: key }] = await subgraph.db.query("SELECT person_key FROM employment_record WHERE status = 'EMPLOYED' ORDER BY person_key LIMIT 1");
  const res = await post(subgraph.url, PROFILE, refs([key]), await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.employment.employerName');
  const person = res.data!._entities[0];
  expect(person.employment).toMatchObject({ status: 'EMPLOYED', employerName: null });
  expect(person.socialInsurance[0].contributionBase).toMatch(/^\d+\.\d{2}$/);
});

test('a role without the human-resources records scope cannot list job seekers', async () => {
  const res = await post(subgraph.url, '{ jobSeekers { totalCount } }', {}, await as('education'));
  expectErrorCode(res, 'FORBIDDEN', 'jobSeekers');
});

test('human-resources composes with civil-affairs into one supergraph', () => {
  const supergraph = compose(registrySources({}, ['civil-affairs', 'human-resources']));
  expect(supergraph).toMatch(/employment: EmploymentProfile/);
  expect(supergraph).toMatch(/socialInsurance: \[SocialInsuranceEnrollment!\]/);
  expect(supergraph).toMatch(/jobSeekers\(/);
});
