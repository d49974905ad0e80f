// PublicHealthEnrollment: the person enrolled, and the enrolment's history through a loader.
import type { PublicHealthEnrollmentResolvers } from '../generated/graphql';

export const PublicHealthEnrollment: PublicHealthEnrollmentResolvers = {
  person: (e) => ({ id: e.personKey }),
  history: (e, _, { loaders }) => loaders.enrollmentHistory.load(e.id),
};
