// Education's reads against the real PostgreSQL server: profiles by entity, the seed, batching, what the students filters mean.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { formatMoney } from '../../../shared/src/money';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('education', { people: 800 });
const PROFILE =
  'id education { studentNumber enrollments { schoolName stage grade schoolYear enrolledOn } aid { id kind amount schoolYear grantedOn } }';
const sorted = (keys: string[]) => [...keys].sort();

test('a student resolved by entity carries the enrolments and aid education holds, newest first', async () => {
  const [{ person_key: key, id_number: idNumber }] = await kit.db.query(
    'SELECT s.person_key, s.id_number FROM student s JOIN education_aid a USING (person_key) ORDER BY s.person_key LIMIT 1',
  );
  const [profile] = await kit.resolve([key], PROFILE, 'caseworker');
  const enrollments = await kit.db.query('SELECT * FROM enrollment WHERE person_key = $1 ORDER BY school_year DESC', [key]);
  const aid = await kit.db.query('SELECT * FROM education_aid WHERE person_key = $1 ORDER BY granted_on DESC, kind', [key]);
  expect(profile).toEqual({
    id: key,
    education: {
      studentNumber: `G${idNumber}`,
      enrollments: enrollments.map((e: any) => ({
        schoolName: e.school_name,
        stage: e.stage,
        grade: e.grade,
        schoolYear: e.school_year,
        enrolledOn: e.enrolled_on,
      })),
      aid: aid.map((a: any) => ({
        id: a.id,
        kind: a.kind,
        amount: formatMoney(a.amount_fen),
        schoolYear: a.school_year,
        grantedOn: a.granted_on,
      })),
    },
  });
});

test('a person education holds nothing on resolves with a null profile', async () => {
  const elder = kit.city.persons.find((p) => !p.schooling && p.age > 60)!;
  const entities = await kit.resolve([elder.key], PROFILE, 'caseworker');
  expect(entities).toEqual([{ id: elder.key, education: null }]);
});

test('the seed enrols exactly the schooled persons of the demo city, under their own keys and ID numbers', async () => {
  const rows = await kit.db.query(
    "SELECT s.person_key, s.id_number, e.stage, e.grade, e.school_name FROM student s JOIN enrollment e USING (person_key) WHERE e.school_year = '2026-2027'",
  );
  const byKey = (a: { person_key: string }, b: { person_key: string }) => (a.person_key < b.person_key ? -1 : 1);
  const expected = kit.city.persons.filter((p) => p.schooling);
  expect(rows.sort(byKey)).toEqual(
    expected
      .map((p) => ({
        person_key: p.key,
        id_number: p.idNumber,
        stage: p.schooling!.stage,
        grade: p.schooling!.grade,
        school_name: p.schooling!.schoolName,
      }))
      .sort(byKey),
  );
});

test('profiles of 100 persons cost one statement per table, the same as for 10', async () => {
  const ids = sorted(await kit.keys('SELECT person_key FROM student ORDER BY person_key LIMIT 100'));
  expect(await kit.statementsFor(ids, PROFILE)).toEqual([3, 3]);
});

test('students lacking an aid kind in a school year are exactly those SQL finds, walked page by page', async () => {
  const expected = await kit.keys(
    `SELECT e.person_key FROM enrollment e WHERE e.stage = 'PRIMARY' AND e.school_year = '2026-2027'
       AND NOT EXISTS (SELECT 1 FROM education_aid a WHERE a.person_key = e.person_key AND a.school_year = e.school_year AND a.kind = 'LIVING_ALLOWANCE')`,
  );
  expect(expected.length).toBeGreaterThan(7);
  await kit.expectListed('students', { stage: 'PRIMARY', schoolYear: '2026-2027', lacksAid: 'LIVING_ALLOWANCE' }, 7, expected, {
    anyOrder: true,
  });
});

test('students with an aid kind are counted in the school year of the enrolment that matches', async () => {
  const expected = await kit.keys(
    `SELECT DISTINCT e.person_key FROM enrollment e JOIN education_aid a
       ON a.person_key = e.person_key AND a.school_year = e.school_year AND a.kind = 'GRANT'`,
  );
  expect(expected.length).toBeGreaterThan(0);
  await kit.expectListed('students', { aidKind: 'GRANT' }, 3, expected, { anyOrder: true });
});

test('an unfiltered list counts every student once, however many years they are enrolled, and pages 20 by default', async () => {
  const res = await kit.post('{ students { totalCount nodes { id } } }', {}, 'analyst');
  expect(res.errors).toBeUndefined();
  expect(res.data!.students.totalCount).toBe(await kit.count('SELECT count(*)::int AS count FROM student'));
  expect(res.data!.students.nodes).toHaveLength(20);
});
