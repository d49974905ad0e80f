// Enrollment: the student it belongs to and its change history.
import type { EnrollmentResolvers } from '../generated/graphql';

export const Enrollment: EnrollmentResolvers = {
  person: (e) => ({ id: e.personKey }),
  history: (e, _, { loaders }) => loaders.enrollmentHistory.load(e.id),
};
