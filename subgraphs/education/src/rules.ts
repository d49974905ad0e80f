// The rules of education's records: grades per stage, aid kinds per stage, how an enrolment ends, how aid is revoked.
import { badUserInput } from '../../../shared/src/errors';
import { addYears, cityToday as today } from '../../../shared/src/dates';
import { Enrollment, EducationAid } from './entities';
import type { EducationAidKind, EnrollmentEndReason, SchoolStage } from './generated/graphql';
import { schoolYearEnd, schoolYearOf, schoolYearStart, shiftSchoolYear } from './school-year';

/**
 * Grades of each stage (六三制, as in Henan) and the grade a student graduates from. The migration's
 * enrollment_grade_in_stage check holds the same numbers.
 */
export const STAGE_GRADES: Record<SchoolStage, { last: number; graduatesFrom: number }> = {
  PRESCHOOL: { last: 3, graduatesFrom: 3 },
  PRIMARY: { last: 6, graduatesFrom: 6 },
  JUNIOR_SECONDARY: { last: 3, graduatesFrom: 3 },
  SENIOR_SECONDARY: { last: 3, graduatesFrom: 3 },
  SECONDARY_VOCATIONAL: { last: 3, graduatesFrom: 3 },
  HIGHER_VOCATIONAL: { last: 3, graduatesFrom: 3 },
  // Four years, five for medicine and architecture.
  UNDERGRADUATE: { last: 5, graduatesFrom: 4 },
};

/** Compulsory education charges no fees, and the national grant starts in senior secondary school. */
const AID_NOT_IN_STAGE: Record<EducationAidKind, SchoolStage[]> = {
  FEE_WAIVER: ['PRIMARY', 'JUNIOR_SECONDARY'],
  GRANT: ['PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY'],
  LIVING_ALLOWANCE: [],
};

/** The most a single grant may be: 20,000.00 yuan, well above any standard of the city. */
export const MAX_AID_FEN = 2_000_000n;

/** A student is at least two years old when entering preschool. */
const MIN_AGE_YEARS = 2;

export function checkGrade(field: string, stage: SchoolStage, grade: number): void {
  const { last } = STAGE_GRADES[stage];
  if (!Number.isInteger(grade) || grade < 1 || grade > last)
    throw badUserInput(field, `must be from 1 to ${last} in ${stage}, got ${grade}`);
}

/** A school year to enrol in: not before the student was two, not beyond next school year. */
export function checkEnrollmentYear(field: string, schoolYear: string, birthDate: string, now = new Date()): void {
  const next = shiftSchoolYear(schoolYearOf(today(now)), 1);
  if (schoolYear > next) throw badUserInput(field, `must not be later than next school year ${next}, got ${schoolYear}`);
  if (schoolYearEnd(schoolYear) < addYears(birthDate, MIN_AGE_YEARS)) {
    throw badUserInput(field, `ends before the student (born ${birthDate}) is ${MIN_AGE_YEARS} years old`);
  }
}

/** The day the student entered the school: when they were at least two, at most ten years before the year, not after it. */
export function checkEnrolledOn(field: string, enrolledOn: string, schoolYear: string, birthDate: string): void {
  const earliest = addYears(schoolYearStart(schoolYear), -10);
  if (enrolledOn > schoolYearEnd(schoolYear))
    throw badUserInput(field, `must not be after the school year's last day ${schoolYearEnd(schoolYear)}`);
  if (enrolledOn < earliest) throw badUserInput(field, `must not be more than ten years before the school year (${earliest})`);
  if (enrolledOn < addYears(birthDate, MIN_AGE_YEARS))
    throw badUserInput(field, `is before the student (born ${birthDate}) was ${MIN_AGE_YEARS} years old`);
}

/** Ending an enrolment: only once, within its school year, not in the future; graduating only from the final grade. */
export function checkEnrollmentEnd(current: Enrollment, endedOn: string, reason: EnrollmentEndReason, now = new Date()): void {
  if (current.endedOn)
    throw badUserInput('input.id', `the enrolment already ended on ${current.endedOn} (${current.endReason}); an ended enrolment is final`);
  const from =
    current.enrolledOn && current.enrolledOn > schoolYearStart(current.schoolYear)
      ? current.enrolledOn
      : schoolYearStart(current.schoolYear);
  if (endedOn < from) throw badUserInput('input.endedOn', `must not be before ${from}, when this enrolment began`);
  if (endedOn > schoolYearEnd(current.schoolYear))
    throw badUserInput('input.endedOn', `must not be after the school year's last day ${schoolYearEnd(current.schoolYear)}`);
  if (endedOn > today(now)) throw badUserInput('input.endedOn', `must not be in the future (today is ${today(now)})`);
  const { graduatesFrom } = STAGE_GRADES[current.stage];
  if (reason === 'GRADUATED' && current.grade < graduatesFrom) {
    throw badUserInput(
      'input.reason',
      `a student in grade ${current.grade} of ${current.stage} does not graduate; ${current.stage} ends with grade ${graduatesFrom}`,
    );
  }
}

export function checkAidAmount(field: string, amountFen: bigint): void {
  if (amountFen <= 0n || amountFen > MAX_AID_FEN) throw badUserInput(field, 'must be above 0.00 and at most 20000.00');
}

/** Aid is granted from June before its school year (pre-approval) to the year's last day, and not in the future. */
export function checkGrantedOn(field: string, grantedOn: string, schoolYear: string, now = new Date()): void {
  const earliest = `${schoolYear.slice(0, 4)}-06-01`;
  if (grantedOn < earliest || grantedOn > schoolYearEnd(schoolYear)) {
    throw badUserInput(
      field,
      `must lie between ${earliest} and ${schoolYearEnd(schoolYear)} for school year ${schoolYear}, got ${grantedOn}`,
    );
  }
  if (grantedOn > today(now)) throw badUserInput(field, `must not be in the future (today is ${today(now)})`);
}

/** Aid needs the enrolment of its year: of a stage the kind exists in, and not ended before the grant. */
export function checkAidForEnrollment(enrollment: Enrollment, kind: EducationAidKind, grantedOn: string): void {
  if (AID_NOT_IN_STAGE[kind].includes(enrollment.stage)) {
    throw badUserInput('input.kind', `${kind} is not granted in ${enrollment.stage}`);
  }
  if (enrollment.endedOn && grantedOn > enrollment.endedOn) {
    throw badUserInput('input.grantedOn', `is after the enrolment ended on ${enrollment.endedOn} (${enrollment.endReason})`);
  }
}

/** GRANTED -> REVOKED; a revoked grant is final. */
export function checkAidRevocation(current: EducationAid): void {
  if (current.status !== 'GRANTED') throw badUserInput('input.id', `the aid is ${current.status}; a revoked grant is final`);
}
