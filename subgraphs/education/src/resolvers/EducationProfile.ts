// EducationProfile, resolved from the student's record: the registration number, enrolments and aid (standing, or with revoked grants), through loaders.
import type { EducationProfileResolvers } from '../generated/graphql';

export const EducationProfile: EducationProfileResolvers = {
  studentNumber: (student) => `G${student.idNumber}`,
  enrollments: (student, _, { loaders }) => loaders.enrollmentsByPersonKey.load(student.personKey),
  aid: async (student, { includeRevoked }, { loaders }) =>
    (await loaders.aidByPersonKey.load(student.personKey)).filter((a) => includeRevoked || a.status === 'GRANTED'),
};
