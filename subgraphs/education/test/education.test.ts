// Education against the real PostgreSQL server: profiles by entity, batching, the students list, validation, scopes.
import { compose, registrySources } from '../../../gateway/src/supergraph';
import { loadSubgraphConfig } from '../../../shared/src/config';
import { generateCity } from '../../../shared/src/demo/city';
import { formatMoney } from '../../../shared/src/money';
import { RunningSubgraph } from '../../../shared/src/subgraph';
import { expectErrorCode, GraphQLResponse, post, subgraphIdentity, personRefs, walkList } from '../../../shared/src/testing/graphql';
import { startTestSubgraph } from '../../../test/support/federation';
import { AGENCY_NAMES } from '../../registry';

const PEOPLE = 800;
const PROFILE = 'education { studentNumber enrollments { schoolName stage grade schoolYear enrolledOn } aid { id kind amount schoolYear grantedOn } }';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id ${PROFILE} } } }`;
const STUDENTS = `query($filter: StudentFilter, $first: Int, $after: String) {
  students(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}`;

let subgraph: RunningSubgraph;
/** The demo city the test subgraph was seeded from (startTestSubgraph uses seed 7). */
const city = () => generateCity({ people: PEOPLE, seed: 7, personKeySecret: loadSubgraphConfig('education', 0, { NODE_ENV: 'test' }).personKeySecret });
const as = async (role: string) => ({ authorization: `Bearer ${await subgraphIdentity('education', role, AGENCY_NAMES)}` });
const people = personRefs;
/** The person keys a query returns, sorted in JS (the server's collation may order them otherwise). */
const keys = async (sql: string, params: unknown[] = []): Promise<string[]> =>
  (await subgraph.db.query(sql, params)).map((r: { person_key: string }) => r.person_key).sort();

/** Walks every page of the list, asserting that no key repeats; returns the keys sorted. */
async function allStudents(filter: Record<string, unknown>, first = 7) {
  const { ids, totalCount } = await walkList(subgraph.url, 'students', filter, first, () => as('analyst'), 'StudentFilter');
  expect(new Set(ids).size).toBe(ids.length);
  return { keys: ids.sort(), totalCount };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('education', { people: PEOPLE });
});
afterAll(() => subgraph.stop());

test('a student resolved by entity carries the enrolments and aid education holds, newest first', async () => {
  const [{ person_key: key, id_number: idNumber }] = await subgraph.db.query(
    'SELECT s.person_key, s.id_number FROM student s JOIN education_aid a USING (person_key) ORDER BY s.person_key LIMIT 1',
  );
  const res = await post(subgraph.url, ENTITIES, people([key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  const enrollments = await subgraph.db.query('SELECT * FROM enrollment WHERE person_key = $1 ORDER BY school_year DESC', [key]);
  const aid = await subgraph.db.query('SELECT * FROM education_aid WHERE person_key = $1 ORDER BY granted_on DESC, kind', [key]);
  expect(res.data!._entities[0]).toEqual({
    id: key,
    education: {
      studentNumber: `G${idNumber}`,
      enrollments: enrollments.map((e: any) => ({ schoolName: e.school_name, stage: e.stage, grade: e.grade, schoolYear: e.school_year, enrolledOn: e.enrolled_on })),
      aid: aid.map((a: any) => ({ id: a.id, kind: a.kind, amount: formatMoney(a.amount_fen), schoolYear: a.school_year, grantedOn: a.granted_on })),
    },
  });
});

test('a person education holds nothing on resolves with a null profile', async () => {
  const elder = city().persons.find((p) => !p.schooling && p.age > 60)!;
  const res = await post(subgraph.url, ENTITIES, people([elder.key]), await as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([{ id: elder.key, education: null }]);
});

test('the seed enrols exactly the schooled persons of the demo city, under their own keys and ID numbers', async () => {
  const rows = await subgraph.db.query("SELECT s.person_key, s.id_number, e.stage, e.grade, e.school_name FROM student s JOIN enrollment e USING (person_key) WHERE e.school_year = '2026-2027'");
  const byKey = (a: { person_key: string }, b: { person_key: string }) => (a.person_key < b.person_key ? -1 : 1);
  const expected = city().persons.filter((p) => p.schooling);
  expect(rows.sort(byKey)).toEqual(expected.map((p) => ({ person_key: p.key, id_number: p.idNumber, stage: p.schooling!.stage, grade: p.schooling!.grade, school_name: p.schooling!.schoolName })).sort(byKey));
});

test('profiles of 100 persons cost one statement per table, the same as for 10', async () => {
  const ids = await keys('SELECT person_key FROM student ORDER BY person_key LIMIT 100');
  const statements = async (n: number) => {
    subgraph.counter.reset();
    const res = await post(subgraph.url, ENTITIES, people(ids.slice(0, n)), await as('caseworker'));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toHaveLength(n);
    return subgraph.counter.count;
  };
  expect(await statements(100)).toBe(3);
  expect(await statements(10)).toBe(3);
});

test('students lacking an aid kind in a school year are exactly those SQL finds, walked page by page', async () => {
  const filter = { stage: 'PRIMARY', schoolYear: '2026-2027', lacksAid: 'LIVING_ALLOWANCE' };
  const { keys: listed, totalCount } = await allStudents(filter);
  const expected = await keys(
    `SELECT e.person_key FROM enrollment e WHERE e.stage = 'PRIMARY' AND e.school_year = '2026-2027'
       AND NOT EXISTS (SELECT 1 FROM education_aid a WHERE a.person_key = e.person_key AND a.school_year = e.school_year AND a.kind = 'LIVING_ALLOWANCE')
    `,
  );
  expect(expected.length).toBeGreaterThan(7);
  expect(listed).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('students with an aid kind are counted in the school year of the enrolment that matches', async () => {
  const { keys: listed, totalCount } = await allStudents({ aidKind: 'GRANT' }, 3);
  const expected = await keys(
    `SELECT DISTINCT e.person_key FROM enrollment e JOIN education_aid a
       ON a.person_key = e.person_key AND a.school_year = e.school_year AND a.kind = 'GRANT'`,
  );
  expect(expected.length).toBeGreaterThan(0);
  expect(listed).toEqual(expected);
  expect(totalCount).toBe(expected.length);
});

test('an unfiltered list counts every student once, however many years they are enrolled', async () => {
  const res = await post(subgraph.url, STUDENTS, {}, await as('analyst'));
  expect(res.errors).toBeUndefined();
  const [{ count }] = await subgraph.db.query('SELECT count(*)::int AS count FROM student');
  expect(res.data!.students.totalCount).toBe(count);
  expect(res.data!.students.nodes).toHaveLength(20);
});

test.each([
  ['a school year of non-consecutive years', { filter: { schoolYear: '2026-2028' } }, 'filter.schoolYear'],
  ['a school year in another format', { filter: { schoolYear: '2026/27' } }, 'filter.schoolYear'],
  ['a page size of 0', { first: 0 }, 'first'],
  ['a page size of 101', { first: 101 }, 'first'],
  ['a cursor the list never gave out', { after: 'not-a-cursor' }, 'after'],
])('%s is refused as BAD_USER_INPUT naming the field', async (_, variables, field) => {
  const res = await post(subgraph.url, STUDENTS, variables, await as('analyst'));
  const error = expectErrorCode(res, 'BAD_USER_INPUT', 'students');
  expect(error.extensions?.field).toBe(field);
});

test('another agency\'s role gets FORBIDDEN on the education profile while the id still answers', async () => {
  const [key] = await keys('SELECT person_key FROM student LIMIT 1');
  const res = await post(subgraph.url, ENTITIES, people([key]), await as('health'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.education');
  expect(res.data!._entities[0]).toEqual({ id: key, education: null });
});

test('an analyst gets FORBIDDEN on the student number while enrolments and amounts still answer', async () => {
  const [key] = await keys('SELECT person_key FROM education_aid LIMIT 1');
  const res = await post(subgraph.url, ENTITIES, people([key]), await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.education.studentNumber');
  const profile = res.data!._entities[0].education;
  expect(profile.studentNumber).toBeNull();
  expect(profile.enrollments.length).toBeGreaterThan(0);
  expect(profile.aid[0].amount).toMatch(/^\d+\.\d{2}$/);
});

test('an analyst gets no school names, which are free text for the detail scope, while stage and grade answer', async () => {
  const [key] = await keys('SELECT person_key FROM enrollment ORDER BY person_key LIMIT 1');
  const res = await post(subgraph.url, ENTITIES, people([key]), await as('analyst'));
  expectErrorCode(res, 'FORBIDDEN', '_entities.0.education.enrollments.0.schoolName');
  const enrollments = res.data!._entities[0].education.enrollments;
  expect(enrollments.length).toBeGreaterThan(0);
  for (const e of enrollments) expect(e).toMatchObject({ schoolName: null, stage: expect.any(String), grade: expect.any(Number) });
});

test('an auditor reads who looked at a student in the education access log', async () => {
  const [key] = await keys('SELECT person_key FROM student ORDER BY person_key DESC LIMIT 1');
  await post(subgraph.url, ENTITIES, people([key]), await as('caseworker'));
  const res = await post(subgraph.url, 'query($p: ID!) { educationAccessLog(filter: { personId: $p }) { totalCount nodes { role personIds fields } } }', { p: key }, await as('auditor'));
  expect(res.errors).toBeUndefined();
  expect(res.data!.educationAccessLog.nodes[0]).toEqual({ role: 'caseworker', personIds: [key], fields: ['Person.education', 'EducationProfile.studentNumber', 'Enrollment.schoolName'] });
});

test('the education schema composes with civil affairs', () => {
  expect(() => compose(registrySources({}, ['civil-affairs', 'education']))).not.toThrow();
});
