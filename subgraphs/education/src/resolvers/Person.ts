// Person as education sees it: the key only, and the education profile when the bureau holds one.
import { Student } from '../entities';
import type { PersonResolvers } from '../generated/graphql';

/** The parent of EducationProfile's fields (codegen.ts maps EducationProfile to it). */
export interface EducationProfileParent {
  personKey: string;
  student: Student;
}

export const Person: PersonResolvers = {
  // Civil affairs owns the person core; education answers for any key and finds its rows through loaders.
  __resolveReference: ({ id }) => ({ id }),
  education: async ({ id }, _, { loaders }) => {
    const student = await loaders.studentByKey.load(id);
    return student ? { personKey: id, student } : null;
  },
};
