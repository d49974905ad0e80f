// SocialInsuranceEnrollment: the contribution base leaves as Money from integer fen; history through a loader.
import type { SocialInsuranceEnrollmentResolvers } from '../generated/graphql';

export const SocialInsuranceEnrollment: SocialInsuranceEnrollmentResolvers = {
  person: (e) => ({ id: e.personKey }),
  contributionBase: (e) => e.contributionBaseFen,
  history: (e, _, { loaders }) => loaders.enrollmentHistory.load(e.id),
};
