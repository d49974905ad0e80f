// Human resources' reads against the real PostgreSQL server: profiles by entity reference, batching, what the lists' filters mean.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('human-resources', { people: 800 });

const PROFILE = `id
  employment { status registeredUnemployed unemploymentRegisteredOn employerName services { id kind startDate endDate provider } }
  socialInsurance { scheme status contributionBase since }`;
const MONEY = `to_char(contribution_base_fen / 100.0, 'FM999999990.00')`;
const keysOf = (rows: { person_key: string }[]) => rows.map((r) => r.person_key);

test('a served, insured person gets the employment record, services and enrolments the tables hold', async () => {
  const [{ person_key: key }] = await kit.db.query(
    `SELECT r.person_key FROM employment_record r JOIN employment_service s USING (person_key)
     WHERE EXISTS (SELECT 1 FROM social_insurance_enrollment e WHERE e.person_key = r.person_key AND e.contribution_base_fen IS NOT NULL)
     ORDER BY r.person_key LIMIT 1`,
  );
  const [record] = await kit.db.query(
    `SELECT status, registered_unemployed AS "registeredUnemployed", unemployment_registered_on AS "unemploymentRegisteredOn", employer_name AS "employerName"
     FROM employment_record WHERE person_key = $1`,
    [key],
  );
  const services = await kit.db.query(
    'SELECT id, kind, start_date AS "startDate", end_date AS "endDate", provider FROM employment_service WHERE person_key = $1 ORDER BY start_date DESC, kind',
    [key],
  );
  const enrollments = await kit.db.query(
    `SELECT scheme, status, ${MONEY} AS "contributionBase", since FROM social_insurance_enrollment WHERE person_key = $1
     ORDER BY array_position(ARRAY['EMPLOYEE_PENSION', 'RESIDENT_PENSION', 'EMPLOYEE_MEDICAL', 'RESIDENT_MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY', 'MATERNITY'], scheme)`,
    [key],
  );
  const [profile] = await kit.resolve([key], PROFILE, 'caseworker');
  expect(profile).toEqual({ id: key, employment: { ...record, services }, socialInsurance: enrollments });
});

test('an employed person is insured in the four employee schemes on the same contribution base', async () => {
  const [{ person_key: key }] = await kit.db.query(
    "SELECT person_key FROM employment_record WHERE status = 'EMPLOYED' ORDER BY person_key LIMIT 1",
  );
  const [profile] = await kit.resolve([key], PROFILE, 'caseworker');
  const insurance = profile.socialInsurance;
  expect(insurance.map((e: any) => e.scheme)).toEqual(['EMPLOYEE_PENSION', 'EMPLOYEE_MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY']);
  expect(new Set(insurance.map((e: any) => e.contributionBase)).size).toBe(1);
  expect(Number(insurance[0].contributionBase)).toBeGreaterThanOrEqual(3800);
});

test('a child the bureau only insures has a null employment record and a resident medical enrolment', async () => {
  const insured = new Set(
    keysOf(await kit.db.query("SELECT person_key FROM social_insurance_enrollment WHERE scheme = 'RESIDENT_MEDICAL'")),
  );
  const child = kit.city.persons.find((p) => p.age < 10 && insured.has(p.key))!;
  const [profile] = await kit.resolve([child.key], PROFILE, 'caseworker');
  expect(profile).toMatchObject({
    id: child.key,
    employment: null,
    socialInsurance: [{ scheme: 'RESIDENT_MEDICAL', status: 'CONTRIBUTING', contributionBase: null }],
  });
});

test('a person of the city the bureau holds nothing on gets null for both fields', async () => {
  const held = new Set(
    keysOf(await kit.db.query('SELECT person_key FROM employment_record UNION SELECT person_key FROM social_insurance_enrollment')),
  );
  const stranger = kit.city.persons.find((p) => !held.has(p.key))!;
  const [profile] = await kit.resolve([stranger.key], PROFILE, 'caseworker');
  expect(profile).toEqual({ id: stranger.key, employment: null, socialInsurance: null });
});

test('the profiles of 100 persons cost one SQL statement per table, as do those of 10', async () => {
  const served = keysOf(await kit.db.query('SELECT DISTINCT person_key FROM employment_service ORDER BY person_key LIMIT 5'));
  const counts: number[] = [];
  for (const n of [10, 100]) {
    const keys = [...served, ...kit.city.persons.slice(0, n - served.length).map((p) => p.key)];
    counts.push((await kit.resolveCounted(keys, PROFILE, 'caseworker')).statements);
  }
  // employment_record, employment_service, social_insurance_enrollment
  expect(counts).toEqual([3, 3]);
});

test('registered unemployed job seekers without a recent service are the persons SQL finds, paged without repeats', async () => {
  const expected = keysOf(
    await kit.db.query(
      `SELECT person_key FROM employment_record r WHERE registered_unemployed
     AND NOT EXISTS (SELECT 1 FROM employment_service s WHERE s.person_key = r.person_key AND s.start_date > current_date - interval '12 months')
     ORDER BY person_key`,
    ),
  );
  expect(expected.length).toBeGreaterThan(3);
  await kit.expectListed('jobSeekers', '{ registeredUnemployed: true, withoutService: true }', 3, expected);
});

test('job seekers with a service in the last 12 months are those with one started in that window', async () => {
  const expected = keysOf(
    await kit.db.query(
      `SELECT DISTINCT person_key FROM employment_service WHERE start_date > current_date - interval '12 months' ORDER BY person_key`,
    ),
  );
  expect(expected.length).toBeGreaterThan(3);
  await kit.expectListed('jobSeekers', '{ withoutService: false }', 100, expected);
});

test('job seekers filtered by status and county list only the records of that status in that county', async () => {
  const [{ region_code: region }] = await kit.db.query(
    "SELECT region_code FROM employment_record WHERE status = 'UNEMPLOYED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
  );
  const expected = keysOf(
    await kit.db.query("SELECT person_key FROM employment_record WHERE status = 'UNEMPLOYED' AND region_code = $1 ORDER BY person_key", [
      region,
    ]),
  );
  await kit.expectListed('jobSeekers', `{ status: UNEMPLOYED, regionCode: "${region}" }`, 2, expected);
});

test('insured persons by scheme and status are those with one enrolment matching both, paged without repeats', async () => {
  const expected = keysOf(
    await kit.db.query(
      "SELECT person_key FROM social_insurance_enrollment WHERE scheme = 'EMPLOYEE_PENSION' AND status = 'RECEIVING' ORDER BY person_key",
    ),
  );
  expect(expected.length).toBeGreaterThan(3);
  await kit.expectListed('insuredPersons', '{ scheme: EMPLOYEE_PENSION, status: RECEIVING }', 4, expected);
});

test('insured persons by status alone count each person once however many enrolments match', async () => {
  const expected = keysOf(
    await kit.db.query("SELECT DISTINCT person_key FROM social_insurance_enrollment WHERE status = 'CONTRIBUTING' ORDER BY person_key"),
  );
  const [{ rows }] = await kit.db.query("SELECT count(*)::int AS rows FROM social_insurance_enrollment WHERE status = 'CONTRIBUTING'");
  expect(rows).toBeGreaterThan(expected.length);
  await kit.expectListed('insuredPersons', '{ status: CONTRIBUTING }', 100, expected);
});
