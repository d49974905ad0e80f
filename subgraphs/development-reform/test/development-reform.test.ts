// The commission's reads against the real PostgreSQL server: profiles, the seed against the demo city, batching, what each filter means.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { needsCare, supportedPersons } from '../../../shared/src/demo/development-reform';
import { formatMoney } from '../../../shared/src/money';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';

const kit = agencyTestKit('development-reform', { people: 12000 });
const PROFILE = `id careInstitution { id careLevel since status endedOn endReason
  institution { id kind region { code } beds residents careStaff openedOn projects { id kind bedsAdded investment status } } }`;
const sorted = (keys: string[]) => [...keys].sort();

test('a placed person resolved by entity carries the placement, its institution with its residents and projects, as the tables hold them', async () => {
  const [key] = await kit.keys("SELECT person_key FROM care_placement WHERE status = 'PLACED' ORDER BY person_key LIMIT 1");
  const res = await kit.entities([key], PROFILE, 'caseworker');
  expect(res.errors).toBeUndefined();
  const [p] = await kit.db.query('SELECT * FROM care_placement WHERE person_key = $1', [key]);
  const [i] = await kit.db.query('SELECT * FROM support_institution WHERE id = $1', [p.institution_id]);
  const residents = await kit.count("SELECT count(*)::int AS count FROM care_placement WHERE institution_id = $1 AND status = 'PLACED'", [
    i.id,
  ]);
  const projects = await kit.db.query('SELECT * FROM construction_project WHERE institution_id = $1 ORDER BY planned_start DESC, id DESC', [
    i.id,
  ]);
  expect(res.data!._entities[0]).toEqual({
    id: key,
    careInstitution: {
      id: p.id,
      careLevel: p.care_level,
      since: p.since,
      status: 'PLACED',
      endedOn: null,
      endReason: null,
      institution: {
        id: i.id,
        kind: i.kind,
        region: { code: i.region_code },
        beds: i.beds,
        residents,
        careStaff: i.care_staff,
        openedOn: i.opened_on,
        projects: projects.map((j: any) => ({
          id: j.id,
          kind: j.kind,
          bedsAdded: j.beds_added,
          investment: formatMoney(j.investment_fen),
          status: j.status,
        })),
      },
    },
  });
});

test('a person who moved out resolves with the ended placement, when and why it ended', async () => {
  const [key] = await kit.keys("SELECT person_key FROM care_placement WHERE status = 'ENDED' ORDER BY person_key LIMIT 1");
  const res = await kit.entities([key], 'careInstitution { status endedOn endReason endNote }', 'caseworker');
  expect(res.errors).toBeUndefined();
  const [p] = await kit.db.query('SELECT ended_on, end_note FROM care_placement WHERE person_key = $1', [key]);
  expect(res.data!._entities[0].careInstitution).toEqual({
    status: 'ENDED',
    endedOn: p.ended_on,
    endReason: 'MOVED_OUT',
    endNote: p.end_note,
  });
});

test('a person the commission never placed resolves with a null profile', async () => {
  const other = kit.city.persons.find((p) => !p.carePlacement)!;
  const res = await kit.entities([other.key], PROFILE, 'caseworker');
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([{ id: other.key, careInstitution: null }]);
});

test("the seed places exactly the demo city's placed 特困 persons, at their care level, in an institution of their own county", async () => {
  const rows = await kit.db.query(
    `SELECT p.person_key, p.id_number, p.care_level, p.status, i.region_code FROM care_placement p
     JOIN support_institution i ON i.id = p.institution_id ORDER BY p.person_key`,
  );
  const expected = kit.city.persons
    .filter((p) => p.carePlacement)
    .map((p) => ({
      person_key: p.key,
      id_number: p.idNumber,
      care_level: p.carePlacement!.careLevel,
      status: p.carePlacement!.current ? 'PLACED' : 'ENDED',
      region_code: p.regionCode,
    }))
    .sort((a, b) => (a.person_key < b.person_key ? -1 : 1));
  expect(rows).toEqual(expected);
});

test('the demo city places about a third of its 特困 persons, each needing care, most of them elderly or severely disabled', () => {
  const supported = new Set(supportedPersons(kit.city));
  const placed = kit.city.persons.filter((p) => p.carePlacement?.current);
  expect(placed.length / supported.size).toBeCloseTo(1 / 3, 1);
  expect(placed.filter((p) => !supported.has(p) || !needsCare(p))).toEqual([]);
  const elderlyOrSevere = placed.filter((p) => p.age >= 60 || (p.disability?.grade ?? 9) <= 2);
  expect(elderlyOrSevere.length / placed.length).toBeGreaterThan(0.9);
});

test('every open institution has more beds than residents, and a new build has none until it is completed', async () => {
  const crowded = await kit.db.query(
    `SELECT i.id, i.beds, count(p.id)::int AS residents FROM support_institution i
     LEFT JOIN care_placement p ON p.institution_id = i.id AND p.status = 'PLACED'
     GROUP BY i.id HAVING count(p.id) >= i.beds AND i.opened_on IS NOT NULL`,
  );
  expect(crowded).toEqual([]);
  const unopened = await kit.db.query(
    `SELECT i.beds, j.kind, j.status FROM support_institution i JOIN construction_project j ON j.institution_id = i.id WHERE i.opened_on IS NULL`,
  );
  expect(unopened.length).toBeGreaterThan(0);
  for (const row of unopened)
    expect(row).toEqual({ beds: 0, kind: 'NEW_BUILD', status: expect.stringMatching(/^(PLANNED|UNDER_CONSTRUCTION)$/) });
});

test('profiles of 100 persons cost one statement per table, the same as for 10', async () => {
  const persons = kit.city.persons;
  const ids = [...persons.filter((p) => p.carePlacement), ...persons.filter((p) => !p.carePlacement)].slice(0, 100).map((p) => p.key);
  // Placements, institutions, residents counted, projects.
  expect(await kit.statementsFor(ids, PROFILE)).toEqual([4, 4]);
});

test('placedPersons by care level and kind of institution lists exactly the residents SQL finds, walked page by page', async () => {
  const expected = await kit.keys(
    `SELECT p.person_key FROM care_placement p JOIN support_institution i ON i.id = p.institution_id
     WHERE p.status = 'PLACED' AND p.care_level = 'SELF_CARE' AND i.kind = 'TOWNSHIP_NURSING_HOME'`,
  );
  expect(expected.length).toBeGreaterThan(2);
  await kit.expectListed('placedPersons', { careLevel: 'SELF_CARE', kind: 'TOWNSHIP_NURSING_HOME' }, 2, expected, { anyOrder: true });
});

test("placedPersons by county lists the residents of the county's institutions, and leaves out those who moved out", async () => {
  const [{ region_code: region }] = await kit.db.query(
    `SELECT i.region_code FROM care_placement p JOIN support_institution i ON i.id = p.institution_id
     GROUP BY 1 ORDER BY count(*) FILTER (WHERE p.status = 'ENDED') DESC, count(*) DESC LIMIT 1`,
  );
  const { ids } = await kit.walk('placedPersons', { regionCode: region }, 100);
  const [placed, ended] = await Promise.all(
    ['PLACED', 'ENDED'].map((status) =>
      kit.keys(
        `SELECT p.person_key FROM care_placement p JOIN support_institution i ON i.id = p.institution_id
         WHERE p.status = $1 AND i.region_code = $2`,
        [status, region],
      ),
    ),
  );
  expect(placed.length).toBeGreaterThan(0);
  expect(ended.length).toBeGreaterThan(0);
  expect(sorted(ids)).toEqual(sorted(placed));
});

test("placedPersons by institution lists exactly that institution's residents", async () => {
  const [{ institution_id: id }] = await kit.db.query(
    "SELECT institution_id FROM care_placement WHERE status = 'PLACED' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
  );
  const { ids } = await kit.walk('placedPersons', { institutionId: id }, 3);
  const expected = await kit.keys("SELECT person_key FROM care_placement WHERE status = 'PLACED' AND institution_id = $1", [id]);
  expect(expected.length).toBeGreaterThan(1);
  expect(sorted(ids)).toEqual(sorted(expected));
});

test('supportInstitutions over an occupancy lists exactly the institutions with beds whose residents fill more of them, SQL says', async () => {
  const expected = await kit.keys(
    `SELECT i.id FROM support_institution i WHERE i.beds > 0
       AND (SELECT count(*) FROM care_placement p WHERE p.institution_id = i.id AND p.status = 'PLACED') > 0.6 * i.beds`,
  );
  const all = await kit.count('SELECT count(*)::int AS count FROM support_institution');
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all);
  await kit.expectListed('supportInstitutions', { occupancyAbove: 0.6 }, 3, expected, { anyOrder: true });
});

test('supportInstitutions by county and kind lists exactly the institutions SQL finds, each with its residents counted', async () => {
  const res = await kit.post(
    `{ supportInstitutions(filter: { regionCode: "411381", kind: TOWNSHIP_NURSING_HOME }, first: 100) { totalCount nodes { id residents } } }`,
    {},
    'analyst',
  );
  expect(res.errors).toBeUndefined();
  const expected = await kit.db.query(
    `SELECT i.id, (SELECT count(*)::int FROM care_placement p WHERE p.institution_id = i.id AND p.status = 'PLACED') AS residents
     FROM support_institution i WHERE i.region_code = '411381' AND i.kind = 'TOWNSHIP_NURSING_HOME' ORDER BY i.id`,
  );
  expect(expected.length).toBeGreaterThan(0);
  expect(res.data!.supportInstitutions).toEqual({ totalCount: expected.length, nodes: expected });
});

test("planTargets gives a county's targets year by year, each in its Five-Year plan", async () => {
  const res = await kit.post(
    `{ planTargets(regionCode: "411328") { region { code } year plan careShareTarget bedsTarget } }`,
    {},
    'analyst',
  );
  expect(res.errors).toBeUndefined();
  const rows = await kit.db.query(
    "SELECT year, care_share_target, beds_target FROM plan_target WHERE region_code = '411328' ORDER BY year",
  );
  expect(rows.map((r: any) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  expect(res.data!.planTargets).toEqual(
    rows.map((r: any) => ({
      region: { code: '411328' },
      year: r.year,
      plan: r.year <= 2025 ? 'FOURTEENTH' : 'FIFTEENTH',
      careShareTarget: r.care_share_target,
      bedsTarget: r.beds_target,
    })),
  );
});

test('planTargets of one year gives every county, and a year outside the plans is refused naming it', async () => {
  const res = await kit.post(`{ planTargets(year: 2025) { region { code } plan } }`, {}, 'analyst');
  expect(res.errors).toBeUndefined();
  expect(res.data!.planTargets).toHaveLength(13);
  expect(new Set(res.data!.planTargets.map((t: any) => t.plan))).toEqual(new Set(['FOURTEENTH']));
  const refused = await kit.post(`{ planTargets(year: 2031) { year } }`, {}, 'analyst');
  expect(expectErrorCode(refused, 'BAD_USER_INPUT', 'planTargets').extensions!.field).toBe('year');
});
