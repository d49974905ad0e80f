// SocialInsuranceEnrollment: the contribution base leaves as Money from integer fen; history through a loader.
import { Context } from '../context';
import { SocialInsuranceEnrollment as EnrollmentRow } from '../entities';

export const SocialInsuranceEnrollment = {
  person: (e: EnrollmentRow) => ({ id: e.personKey }),
  contributionBase: (e: EnrollmentRow) => e.contributionBaseFen,
  history: (e: EnrollmentRow, _: unknown, { loaders }: Context) => loaders.enrollmentHistory.load(e.id),
};
