// Education's share of the demo city: every schooled person's enrolments this year and last, and the aid
// granted to students of assisted households (with the gaps analysts look for) and to a few others.
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoHousehold, isAssisted, SchoolStage, uuid } from '../../../shared/src/demo/city';
import { Rng } from '../../../shared/src/demo/rng';
import { EducationAid, Enrollment, Student } from './entities';
import type { EducationAidKind } from './generated/graphql';
import { schoolYearOf, schoolYearStart, shiftSchoolYear } from './school-year';

/** The aid a student of an assisted household usually gets per year, in fen (Henan-like standards). */
function usualAid(stage: SchoolStage, grade: number): [EducationAidKind, number][] {
  switch (stage) {
    case 'PRESCHOOL':
      return [['FEE_WAIVER', 100000]];
    case 'PRIMARY':
      return [['LIVING_ALLOWANCE', 100000]];
    case 'JUNIOR_SECONDARY':
      return [['LIVING_ALLOWANCE', 125000]];
    case 'SENIOR_SECONDARY':
      return [
        ['GRANT', 200000],
        ['FEE_WAIVER', 120000],
      ];
    // The national grant covers the first two years; the third is mostly placement.
    case 'SECONDARY_VOCATIONAL':
      return grade <= 2
        ? [
            ['GRANT', 200000],
            ['FEE_WAIVER', 200000],
          ]
        : [['FEE_WAIVER', 200000]];
    case 'HIGHER_VOCATIONAL':
    case 'UNDERGRADUATE':
      return [['GRANT', 330000]];
  }
}

/** Share of an assisted household's students who get each usual aid in a year; the rest is the gap. */
const COVERAGE = 0.83;
/** Share of other students who get some aid in a year (need found by the school, not by a case). */
const OTHER_AID = 0.02;

/** The day the household's current 低保, 特困 or low-income case began; null when it has none. */
function assistedSince(h: DemoHousehold): string | null {
  if (!isAssisted(h, true)) return null;
  const starts = h.cases.filter((c) => c.status === 'ACTIVE' && c.program !== 'TEMPORARY_ASSISTANCE').map((c) => c.startDate);
  return starts.sort()[0] ?? null;
}

/** Autumn-term grants go out in the first weeks of the school year, never after the city's today. */
function grantDay(rng: Rng, schoolYear: string, today: string): string {
  const start = schoolYearStart(schoolYear);
  const last = Math.max(0, Math.min(74, Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000) - 1));
  return addDays(start, rng.int(Math.min(14, last), last));
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:education`);
  const coverage = rng.fork('coverage');
  const others = rng.fork('other-aid');
  const dates = rng.fork('granted-on');
  const ids = rng.fork('aid-ids');
  const current = schoolYearOf(city.today);
  const previous = shiftSchoolYear(current, -1);

  const students: Partial<Student>[] = [];
  const enrollments: Partial<Enrollment>[] = [];
  const aid: Partial<EducationAid>[] = [];

  for (const p of city.persons) {
    if (!p.schooling) continue;
    const { stage, grade, schoolName } = p.schooling;
    const enrolledOn = schoolYearStart(shiftSchoolYear(current, 1 - grade));
    const since = assistedSince(city.householdById.get(p.householdId)!);
    students.push({ personKey: p.key, idNumber: p.idNumber });
    const years: [string, number][] =
      grade > 1
        ? [
            [previous, grade - 1],
            [current, grade],
          ]
        : [[current, grade]];
    for (const [schoolYear, yearGrade] of years) {
      enrollments.push({ personKey: p.key, schoolYear, schoolName, stage, grade: yearGrade, enrolledOn });
      const grantedOn = grantDay(dates, schoolYear, city.today);
      const usual = usualAid(stage, yearGrade);
      const granted =
        since !== null && since <= grantedOn
          ? usual.filter(() => coverage.chance(COVERAGE))
          : others.chance(OTHER_AID)
            ? [others.pick(usual)]
            : [];
      for (const [kind, amountFen] of granted) {
        aid.push({ id: uuid(ids), personKey: p.key, kind, amountFen: String(amountFen), schoolYear, grantedOn });
      }
    }
  }

  await insertMany(db, Student, students);
  await insertMany(db, Enrollment, enrollments);
  await insertMany(db, EducationAid, aid);
}
