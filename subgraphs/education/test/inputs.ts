// Inputs of education's writes for its tests: a new student's enrolment and a grant of aid, any field overridden.
import { cityToday } from '../../../shared/src/dates';
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';
import { schoolYearOf, schoolYearStart, shiftSchoolYear } from '../src/school-year';

export const TODAY = cityToday();
export const CURRENT = schoolYearOf(TODAY);
export const PREVIOUS = shiftSchoolYear(CURRENT, -1);

/** A valid ID number no seeded person has: born 2015-03-01 in 宛城区, sequence from a counter. */
export const newIdNumber = idNumberSequence('411302', '2015-03-01', 600);

/** A primary-school enrolment of a new student in the current school year. */
export const enrollmentInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  schoolName: '宛城第3小学',
  stage: 'PRIMARY',
  grade: 5,
  schoolYear: CURRENT,
  enrolledOn: schoolYearStart(CURRENT),
  ...overrides,
});

/** A living allowance for the current school year to an enrolled student. */
export const aidInput = (personId: string, overrides: Record<string, unknown> = {}) => ({
  personId,
  kind: 'LIVING_ALLOWANCE',
  amount: '1250.00',
  schoolYear: CURRENT,
  grantedOn: TODAY,
  ...overrides,
});
