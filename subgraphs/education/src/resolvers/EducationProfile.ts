// EducationProfile: the registration number, enrolments and aid (standing, or with revoked grants) of one student, through loaders.
import { Context } from '../context';
import { EducationProfileParent } from './Person';

export const EducationProfile = {
  studentNumber: (p: EducationProfileParent) => `G${p.student.idNumber}`,
  enrollments: async (p: EducationProfileParent, _: unknown, { loaders }: Context) =>
    [...(await loaders.enrollmentsByPersonKey.load(p.personKey))].reverse(),
  aid: async (p: EducationProfileParent, { includeRevoked }: { includeRevoked?: boolean | null }, { loaders }: Context) =>
    (await loaders.aidByPersonKey.load(p.personKey))
      .filter((a) => includeRevoked || a.status === 'GRANTED')
      .sort((a, b) => b.grantedOn.localeCompare(a.grantedOn) || a.kind.localeCompare(b.kind)),
};
