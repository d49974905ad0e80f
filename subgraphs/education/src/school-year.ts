// School years ("2026-2027", September to the following summer): the one format, its check and its arithmetic.
import { badUserInput } from '../../../shared/src/errors';

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** The school year a day falls in: from September 1 on it is the year that starts then. */
export function schoolYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** The school year `years` before (negative) or after the given one. */
export function shiftSchoolYear(schoolYear: string, years: number): string {
  const start = Number(schoolYear.slice(0, 4)) + years;
  return `${start}-${start + 1}`;
}

/** The first day of a school year. */
export const schoolYearStart = (schoolYear: string) => `${schoolYear.slice(0, 4)}-09-01`;

/** The last day of a school year (the summer holiday belongs to the year it ends). */
export const schoolYearEnd = (schoolYear: string) => `${schoolYear.slice(5, 9)}-08-31`;

export function schoolYearArg(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  const m = SCHOOL_YEAR.exec(value);
  if (!m || Number(m[2]) !== Number(m[1]) + 1 || Number(m[1]) < 1950 || Number(m[1]) > 2100) {
    throw badUserInput(
      field,
      `must be a school year as YYYY-YYYY of consecutive years, e.g. "2026-2027", got ${JSON.stringify(value.slice(0, 20))}`,
    );
  }
  return value;
}
