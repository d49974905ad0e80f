// Enrollment: the student it belongs to and its change history.
import { Context } from '../context';
import { Enrollment as EnrollmentRow } from '../entities';

export const Enrollment = {
  person: (e: EnrollmentRow) => ({ id: e.personKey }),
  history: (e: EnrollmentRow, _: unknown, { loaders }: Context) => loaders.enrollmentHistory.load(e.id),
};
