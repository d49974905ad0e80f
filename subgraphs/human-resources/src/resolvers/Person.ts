// Person as human resources sees it: the key only, its employment record and its insurance enrolments.
import { Context } from '../context';
import { EmploymentRecord, SocialInsuranceEnrollment } from '../entities';

/** The order schemes are listed in: pension, medical, then the employee-only schemes. */
const SCHEME_ORDER = ['EMPLOYEE_PENSION', 'RESIDENT_PENSION', 'EMPLOYEE_MEDICAL', 'RESIDENT_MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY', 'MATERNITY'];

export const Person = {
  // Civil affairs owns the person core; this bureau answers for any key and finds its rows through loaders.
  __resolveReference: ({ id }: { id: string }) => ({ id }),
  employment: ({ id }: { id: string }, _: unknown, { loaders }: Context): Promise<EmploymentRecord | null> =>
    loaders.employmentByPersonKey.load(id),
  socialInsurance: async ({ id }: { id: string }, _: unknown, { loaders }: Context): Promise<SocialInsuranceEnrollment[] | null> => {
    const rows = await loaders.insuranceByPersonKey.load(id);
    // A scheme enrolled in again after a termination lists its enrolments oldest first.
    return rows.length === 0 ? null : [...rows].sort((a, b) => SCHEME_ORDER.indexOf(a.scheme) - SCHEME_ORDER.indexOf(b.scheme) || a.since.localeCompare(b.since));
  },
};
