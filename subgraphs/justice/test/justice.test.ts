// The justice bureau's reads against the real PostgreSQL server: profiles, the seed against the demo city, batching,
// what each list filter means. Refusals, views per role, paging, bad input and the access log: contract.test.ts.
import { activePrograms, isAssisted } from '../../../shared/src/demo/city';
import { findRegion } from '../../../shared/src/regions';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import type { ContestedProgramme } from '../src/generated/graphql';
import { UNIT_OF } from '../src/rules';
import { applyInput, TODAY } from './inputs';

const kit = agencyTestKit('justice', { people: 12000 });
const PROFILE = `id legalAid {
  cases { id category matter centre region { code } lawyerName meansTestWaived status outcome appliedOn acceptedOn closedOn statusReason version }
  mediations { id programme unit decidedOn dispute mediatorName region { code } status result openedOn closedOn resultNote version }
}`;
const sorted = (keys: string[]) => [...keys].sort();
const CASE_COLUMNS = `id, category, matter, region_code, lawyer_name AS "lawyerName", means_test_waived AS "meansTestWaived", status,
  outcome, applied_on AS "appliedOn", accepted_on AS "acceptedOn", closed_on AS "closedOn", status_reason AS "statusReason", version`;
const MEDIATION_COLUMNS = `id, programme, decided_on AS "decidedOn", dispute, mediator_name AS "mediatorName", region_code, status, result,
  opened_on AS "openedOn", closed_on AS "closedOn", result_note AS "resultNote", version`;

// The seed's tests come first: the tests after them write records of their own.
describe('the seed against the demo city', () => {
  test('legal aid cases are written on exactly the applicants of the city, one for each year they applied in', async () => {
    const rows: { person_key: string; cases: number }[] = await kit.db.query(
      'SELECT person_key, count(*)::int AS cases FROM legal_aid_case GROUP BY 1 ORDER BY 1',
    );
    const expected = kit.city.persons
      .filter((p) => p.justice?.legalAidYearsAgo.length)
      .map((p) => ({ person_key: p.key, cases: p.justice!.legalAidYearsAgo.length }))
      .sort((a, b) => (a.person_key < b.person_key ? -1 : 1));
    expect(rows).toEqual(expected);
  });

  test('mediations are written on exactly the household applicants who contest a decision, with the programme contested', async () => {
    const rows = await kit.db.query('SELECT person_key, programme FROM dispute_mediation ORDER BY person_key');
    const expected = kit.city.persons
      .filter((p) => p.justice?.contested)
      .map((p) => ({ person_key: p.key, programme: p.justice!.contested!.programme }))
      .sort((a, b) => (a.person_key < b.person_key ? -1 : 1));
    expect(rows).toEqual(expected);
  });

  test('a refused or ended 低保 is contested from the day civil affairs decided it', async () => {
    const contested = kit.city.persons.filter((p) => p.justice?.contested?.decidedOn);
    expect(contested.length).toBeGreaterThan(0);
    for (const p of contested) {
      const [row] = await kit.db.query('SELECT decided_on, opened_on FROM dispute_mediation WHERE person_key = $1', [p.key]);
      expect({ key: p.key, decided: row.decided_on }).toEqual({ key: p.key, decided: p.justice!.contested!.decidedOn });
      expect(row.opened_on >= row.decided_on).toBe(true);
    }
  });

  test('the means test is waived only for applicants in 低保 or 特困 households, and for most of them', async () => {
    const rows: { person_key: string; means_test_waived: boolean }[] = await kit.db.query(
      'SELECT person_key, means_test_waived FROM legal_aid_case',
    );
    const assisted = (key: string) => isAssisted(kit.city.householdById.get(kit.city.personByKey.get(key)!.householdId)!);
    expect(rows.filter((r) => r.means_test_waived && !assisted(r.person_key))).toEqual([]);
    const onAssistance = rows.filter((r) => assisted(r.person_key));
    expect(onAssistance.filter((r) => r.means_test_waived).length / onAssistance.length).toBeGreaterThan(0.8);
  });

  test('legal aid reaches persons in households with an active case at least ten times as often as others', async () => {
    const applicants = new Set(await kit.keys('SELECT DISTINCT person_key FROM legal_aid_case'));
    const share = (inAssisted: boolean) => {
      const group = kit.city.persons.filter((p) => activePrograms(kit.city.householdById.get(p.householdId)!).size > 0 === inAssisted);
      return group.filter((p) => applicants.has(p.key)).length / group.length;
    };
    expect(share(true)).toBeGreaterThan(10 * share(false));
  });

  test('wage claims and family maintenance are the most common matters', async () => {
    const rows: { category: string }[] = await kit.db.query(
      'SELECT category FROM legal_aid_case GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2',
    );
    expect(sorted(rows.map((r) => r.category))).toEqual(['FAMILY_MAINTENANCE', 'LABOUR_REMUNERATION']);
  });

  test("no seeded case or mediation is dated after the city's today, nor applied for before the applicant was born", async () => {
    const today = kit.city.today;
    const late = await kit.count(
      `SELECT count(*)::int AS count FROM legal_aid_case WHERE applied_on > $1 OR accepted_on > $1 OR closed_on > $1`,
      [today],
    );
    const lateMediations = await kit.count(`SELECT count(*)::int AS count FROM dispute_mediation WHERE opened_on > $1 OR closed_on > $1`, [
      today,
    ]);
    const rows: { person_key: string; applied_on: string }[] = await kit.db.query('SELECT person_key, applied_on FROM legal_aid_case');
    const unborn = rows.filter((r) => r.applied_on <= kit.city.personByKey.get(r.person_key)!.birthDate);
    expect({ late, lateMediations, unborn }).toEqual({ late: 0, lateMediations: 0, unborn: [] });
  });
});

test("a person's cases and mediations resolved by entity are the tables' rows, newest first, with the county's centre and the deciding unit", async () => {
  const [key] = await kit.keys(
    `SELECT person_key FROM (SELECT person_key FROM legal_aid_case UNION ALL SELECT person_key FROM dispute_mediation) rows
     WHERE person_key IN (SELECT person_key FROM dispute_mediation) GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  const res = await kit.entities([key], PROFILE, 'caseworker');
  expect(res.errors).toBeUndefined();
  const cases = await kit.db.query(`SELECT ${CASE_COLUMNS} FROM legal_aid_case WHERE person_key = $1 ORDER BY applied_on DESC, id DESC`, [
    key,
  ]);
  const mediations = await kit.db.query(
    `SELECT ${MEDIATION_COLUMNS} FROM dispute_mediation WHERE person_key = $1 ORDER BY opened_on DESC, id DESC`,
    [key],
  );
  expect(res.data!._entities[0]).toEqual({
    id: key,
    legalAid: {
      cases: cases.map(({ region_code, ...c }: Record<string, string>) => ({
        ...c,
        region: { code: region_code },
        centre: `${findRegion(region_code)!.name}法律援助中心`,
      })),
      mediations: mediations.map(({ region_code, ...m }: Record<string, string>) => ({
        ...m,
        region: { code: region_code },
        unit: UNIT_OF[m.programme as ContestedProgramme],
      })),
    },
  });
});

test("a case's centre is the legal aid centre of the county that took the application", async () => {
  const res = await kit.post(kit.mutation('applyForLegalAid', 'centre region { code }'), {
    input: applyInput({ regionCode: '411381' }),
  });
  expect(res.errors).toBeUndefined();
  expect(res.data!.applyForLegalAid).toEqual({ centre: '邓州市法律援助中心', region: { code: '411381' } });
});

test('a person the bureau holds nothing on resolves with a null profile', async () => {
  const stranger = kit.city.persons.find((p) => !p.justice)!;
  const res = await kit.entities([stranger.key], PROFILE, 'caseworker');
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toEqual([{ id: stranger.key, legalAid: null }]);
});

test('an analyst sees the category and status of a case but never its matter or lawyer, nor what a mediation is about or who mediates', async () => {
  const [withLawyer] = await kit.keys('SELECT person_key FROM legal_aid_case WHERE lawyer_name IS NOT NULL ORDER BY 1 LIMIT 1');
  const [party] = await kit.keys('SELECT person_key FROM dispute_mediation ORDER BY 1 LIMIT 1');
  const res = await kit.entities(
    [withLawyer, party],
    'legalAid { cases { category status matter lawyerName } mediations { programme dispute mediatorName } }',
    'analyst',
  );
  const [{ legalAid: applicant }, { legalAid: contesting }] = res.data!._entities;
  expect(applicant.cases.length + contesting.mediations.length).toBeGreaterThan(1);
  for (const c of [...applicant.cases, ...contesting.cases])
    expect(c).toEqual({ category: expect.any(String), status: expect.any(String), matter: null, lawyerName: null });
  for (const m of [...applicant.mediations, ...contesting.mediations])
    expect(m).toEqual({ programme: expect.any(String), dispute: null, mediatorName: null });
  expect(expectErrorCode(res, 'FORBIDDEN').message).toMatch(/needs scope detail:justice; role analyst/);
});

test('profiles of 100 persons cost one statement per table, the same as for 10', async () => {
  const held = kit.city.persons.filter((p) => p.justice);
  const ids = [...held, ...kit.city.persons.filter((p) => !p.justice)].slice(0, 100).map((p) => p.key);
  expect(await kit.statementsFor(ids, PROFILE)).toEqual([2, 2]);
});

describe('legalAidRecipients', () => {
  test.each([
    ['the county', { regionCode: '411302' }, "region_code = '411302'"],
    ['the category', { category: 'FAMILY_MAINTENANCE' }, "category = 'FAMILY_MAINTENANCE'"],
    ['the status', { status: 'IN_PROGRESS' }, "status = 'IN_PROGRESS'"],
    ['a waived means test', { meansTestWaived: true }, 'means_test_waived'],
    ['an applied means test', { meansTestWaived: false }, 'NOT means_test_waived'],
    [
      'everything at once',
      { regionCode: '411302', category: 'LABOUR_REMUNERATION', status: 'CLOSED', meansTestWaived: true },
      `
      region_code = '411302' AND category = 'LABOUR_REMUNERATION' AND status = 'CLOSED' AND means_test_waived`,
    ],
  ])('filtered by %s lists exactly the persons SQL finds, walked page by page', async (_name, filter, where) => {
    const expected = await kit.keys(`SELECT DISTINCT person_key FROM legal_aid_case WHERE ${where}`);
    await kit.expectListed('legalAidRecipients', filter, 3, expected, { anyOrder: true });
  });

  test('a person matches only when one case meets every condition, not when different cases meet them', async () => {
    const input = applyInput({ category: 'FAMILY_MAINTENANCE', matter: '要求子女每月给付赡养费500元' });
    const apply = kit.mutation('applyForLegalAid', 'id version person { id }');
    const first = (await kit.post(apply, { input })).data!.applyForLegalAid;
    await kit.post(apply, { input: { ...input, category: 'LABOUR_REMUNERATION', matter: '追索拖欠工资' } });
    const reject = kit.mutation('rejectLegalAidCase', 'status');
    expect(
      (await kit.post(reject, { input: { id: first.id, version: 1, rejectedOn: TODAY, reason: '不属于法律援助范围' } })).errors,
    ).toBeUndefined();
    const person = first.person.id;
    const listed = async (filter: Record<string, unknown>) => (await kit.walk('legalAidRecipients', filter, 100)).ids.includes(person);
    expect(await listed({ category: 'FAMILY_MAINTENANCE', status: 'REJECTED' })).toBe(true);
    expect(await listed({ category: 'LABOUR_REMUNERATION', status: 'APPLIED' })).toBe(true);
    expect(await listed({ category: 'FAMILY_MAINTENANCE', status: 'APPLIED' })).toBe(false);
  });
});

describe('mediationParties', () => {
  test.each([
    ['the county', { regionCode: '411302' }, "region_code = '411302'"],
    ['the programme', { programme: 'MINIMUM_LIVING_ALLOWANCE' }, "programme = 'MINIMUM_LIVING_ALLOWANCE'"],
    [
      'the unit, meaning any of its programmes',
      { unit: 'CIVIL_AFFAIRS' },
      "programme IN ('MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'TEMPORARY_ASSISTANCE', 'LOW_INCOME_CERTIFICATION')",
    ],
    ['the status', { status: 'CLOSED' }, "status = 'CLOSED'"],
    ['the result', { result: 'REFERRED_TO_REVIEW' }, "result = 'REFERRED_TO_REVIEW'"],
    [
      'everything at once',
      { regionCode: '411302', unit: 'CIVIL_AFFAIRS', status: 'OPEN' },
      `
      region_code = '411302' AND programme IN ('MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'TEMPORARY_ASSISTANCE', 'LOW_INCOME_CERTIFICATION')
      AND status = 'OPEN'`,
    ],
  ])('filtered by %s lists exactly the persons SQL finds, walked page by page', async (_name, filter, where) => {
    const expected = await kit.keys(`SELECT DISTINCT person_key FROM dispute_mediation WHERE ${where}`);
    await kit.expectListed('mediationParties', filter, 3, expected, { anyOrder: true });
  });

  test('a unit whose decisions nobody contests lists nobody', async () => {
    expect(await kit.count("SELECT count(*)::int AS count FROM dispute_mediation WHERE programme = 'EMPLOYMENT_ASSISTANCE'")).toBe(0);
    expect(await kit.walk('mediationParties', { unit: 'HUMAN_RESOURCES' }, 10)).toEqual({ ids: [], totalCount: 0 });
  });
});
