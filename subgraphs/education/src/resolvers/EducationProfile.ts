// EducationProfile: the registration number, enrolments and aid (standing, or with revoked grants) of one student, through loaders.
import type { EducationProfileResolvers } from '../generated/graphql';

export const EducationProfile: EducationProfileResolvers = {
  studentNumber: (p) => `G${p.student.idNumber}`,
  enrollments: async (p, _, { loaders }) => [...(await loaders.enrollmentsByPersonKey.load(p.personKey))].reverse(),
  aid: async (p, { includeRevoked }, { loaders }) =>
    (await loaders.aidByPersonKey.load(p.personKey))
      .filter((a) => includeRevoked || a.status === 'GRANTED')
      .sort((a, b) => b.grantedOn.localeCompare(a.grantedOn) || a.kind.localeCompare(b.kind)),
};
