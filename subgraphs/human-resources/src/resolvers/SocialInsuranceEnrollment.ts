// SocialInsuranceEnrollment: the contribution base leaves as Money from integer fen.
import { SocialInsuranceEnrollment as EnrollmentRow } from '../entities';

export const SocialInsuranceEnrollment = {
  contributionBase: (e: EnrollmentRow) => e.contributionBaseFen,
};
