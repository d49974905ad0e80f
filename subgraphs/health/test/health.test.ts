// Health's reads against the real PostgreSQL server: profiles by entity reference, settlements' shares, batching, what the list's filters mean.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('health', { people: 800 });

const PROFILE = `id health {
  medicalAssistance { id settledOn hospitalName hospitalLevel diagnosisCategory inpatient totalCost insurancePaid assistancePaid selfPaid oneStop }
  emergencyAid { id grantedOn amount hospitalName }
  publicHealthServices { program enrolledOn }
}`;
const money = (column: string) => `to_char(${column} / 100.0, 'FM999999990.00')`;
const keysOf = (rows: { person_key: string }[]) => rows.map((r) => r.person_key);

/** The profile of one person as the tables hold it, in the order the graph lists it. */
async function profileFromSql(key: string) {
  const medicalAssistance = await kit.db.query(
    `SELECT id, settled_on AS "settledOn", hospital_name AS "hospitalName", hospital_level AS "hospitalLevel", diagnosis_category AS "diagnosisCategory",
       inpatient, ${money('total_cost_fen')} AS "totalCost", ${money('insurance_paid_fen')} AS "insurancePaid",
       ${money('assistance_paid_fen')} AS "assistancePaid", ${money('self_paid_fen')} AS "selfPaid", one_stop AS "oneStop"
     FROM medical_assistance_settlement WHERE person_key = $1 ORDER BY settled_on DESC, id`,
    [key],
  );
  const emergencyAid = await kit.db.query(
    `SELECT id, granted_on AS "grantedOn", ${money('amount_fen')} AS amount, hospital_name AS "hospitalName" FROM emergency_medical_aid WHERE person_key = $1 ORDER BY granted_on DESC, id`,
    [key],
  );
  const publicHealthServices = await kit.db.query(
    'SELECT program, enrolled_on AS "enrolledOn" FROM public_health_enrollment WHERE person_key = $1 ORDER BY enrolled_on, program',
    [key],
  );
  return { medicalAssistance, emergencyAid, publicHealthServices };
}

test('a person with settlements and enrolments gets the health profile the tables hold', async () => {
  const [{ person_key: key }] = await kit.db.query(
    `SELECT person_key FROM medical_assistance_settlement JOIN public_health_enrollment USING (person_key)
     GROUP BY person_key HAVING count(DISTINCT medical_assistance_settlement.id) >= 2 ORDER BY person_key LIMIT 1`,
  );
  const [profile] = await kit.resolve([key], PROFILE, 'caseworker');
  expect(profile).toEqual({ id: key, health: await profileFromSql(key) });
});

test('a person given emergency aid gets the grant the table holds', async () => {
  const [{ person_key: key }] = await kit.db.query('SELECT person_key FROM emergency_medical_aid ORDER BY person_key LIMIT 1');
  const [profile] = await kit.resolve([key], PROFILE, 'caseworker');
  expect(profile).toEqual({ id: key, health: await profileFromSql(key) });
  expect(profile.health.emergencyAid[0].amount).toMatch(/^\d+\.\d{2}$/);
});

test('every settlement splits its total exactly into insurance, assistance and self-paid shares', async () => {
  const keys = keysOf(await kit.db.query('SELECT DISTINCT person_key FROM medical_assistance_settlement ORDER BY person_key LIMIT 20'));
  const entities = await kit.resolve(keys, PROFILE, 'caseworker');
  const fen = (m: string) => BigInt(m.replace('.', ''));
  const all = entities.flatMap((e: any) => e.health.medicalAssistance);
  expect(all.length).toBeGreaterThan(20);
  for (const s of all) expect(fen(s.insurancePaid) + fen(s.assistancePaid) + fen(s.selfPaid)).toBe(fen(s.totalCost));
});

test('the database refuses a settlement whose shares do not add up to the total', async () => {
  const [{ person_key: key }] = await kit.db.query('SELECT person_key FROM health_file LIMIT 1');
  await expect(
    kit.db.query(
      `INSERT INTO medical_assistance_settlement (person_key, settled_on, hospital_name, hospital_level, diagnosis_category, inpatient,
       total_cost_fen, insurance_paid_fen, assistance_paid_fen, self_paid_fen, one_stop)
     VALUES ($1, '2026-10-01', '南阳市中心医院', 'TERTIARY', '肺炎', true, 100000, 60000, 30000, 5000, true)`,
      [key],
    ),
  ).rejects.toThrow(/check constraint/);
});

test('a person of the city the commission holds nothing on gets a null profile', async () => {
  const held = new Set(keysOf(await kit.db.query('SELECT person_key FROM health_file')));
  const stranger = kit.city.persons.find((p) => !held.has(p.key))!;
  const [profile] = await kit.resolve([stranger.key], PROFILE, 'caseworker');
  expect(profile).toEqual({ id: stranger.key, health: null });
});

test('the profiles of 100 persons cost one SQL statement per table, as do those of 10', async () => {
  // Persons with rows in every table, then people of the city in order.
  const marked = keysOf(
    await kit.db.query(
      `(SELECT person_key FROM emergency_medical_aid LIMIT 1) UNION (SELECT person_key FROM medical_assistance_settlement LIMIT 2)
     UNION (SELECT person_key FROM public_health_enrollment LIMIT 2)`,
    ),
  );
  const counts: number[] = [];
  for (const n of [10, 100]) {
    const others = kit.city.persons.filter((p) => !marked.includes(p.key)).map((p) => p.key);
    counts.push((await kit.resolveCounted([...marked, ...others.slice(0, n - marked.length)], PROFILE, 'caseworker')).statements);
  }
  // health_file, medical_assistance_settlement, emergency_medical_aid, public_health_enrollment
  expect(counts).toEqual([4, 4]);
});

test('recipients settled one-stop in a date range are the persons with such a settlement, paged without repeats', async () => {
  const expected = keysOf(
    await kit.db.query(
      `SELECT DISTINCT person_key FROM medical_assistance_settlement WHERE settled_on BETWEEN '2025-06-01' AND '2026-06-30' AND one_stop ORDER BY person_key`,
    ),
  );
  expect(expected.length).toBeGreaterThan(3);
  await kit.expectListed(
    'medicalAssistanceRecipients',
    '{ settledFrom: "2025-06-01", settledTo: "2026-06-30", oneStop: true }',
    3,
    expected,
  );
});

test('a recipient must have one settlement meeting the date range and the self-paid minimum at once', async () => {
  const expected = keysOf(
    await kit.db.query(
      `SELECT DISTINCT person_key FROM medical_assistance_settlement WHERE settled_on >= '2026-01-01' AND self_paid_fen >= 100000 ORDER BY person_key`,
    ),
  );
  const looser = keysOf(
    await kit.db.query(
      `SELECT person_key FROM medical_assistance_settlement GROUP BY person_key
     HAVING bool_or(settled_on >= '2026-01-01') AND bool_or(self_paid_fen >= 100000)`,
    ),
  );
  expect(expected.length).toBeGreaterThan(0);
  expect(looser.length).toBeGreaterThan(expected.length);
  await kit.expectListed('medicalAssistanceRecipients', '{ settledFrom: "2026-01-01", minSelfPaid: "1000.00" }', 5, expected);
});

test('recipients filtered by county list only persons whose health file is in that county', async () => {
  const [{ region_code: region }] = await kit.db.query(
    'SELECT region_code FROM health_file JOIN medical_assistance_settlement USING (person_key) GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
  );
  const expected = keysOf(
    await kit.db.query(
      'SELECT person_key FROM health_file f WHERE region_code = $1 AND EXISTS (SELECT 1 FROM medical_assistance_settlement s WHERE s.person_key = f.person_key) ORDER BY person_key',
      [region],
    ),
  );
  await kit.expectListed('medicalAssistanceRecipients', `{ regionCode: "${region}", oneStop: null }`, 100, expected);
});
