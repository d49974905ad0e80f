// PublicHealthEnrollment: the person enrolled, and the enrolment's history through a loader.
import { Context } from '../context';
import { PublicHealthEnrollment as EnrollmentRow } from '../entities';

export const PublicHealthEnrollment = {
  person: (e: EnrollmentRow) => ({ id: e.personKey }),
  history: (e: EnrollmentRow, _: unknown, { loaders }: Context) => loaders.enrollmentHistory.load(e.id),
};
