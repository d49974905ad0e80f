// Person as education sees it: the key only, and the education profile when the bureau holds one.
import { Context } from '../context';
import { Student } from '../entities';

/** The parent of EducationProfile's fields. */
export interface EducationProfileParent {
  personKey: string;
  student: Student;
}

export const Person = {
  // Civil affairs owns the person core; education answers for any key and finds its rows through loaders.
  __resolveReference: ({ id }: { id: string }) => ({ id }),
  education: async ({ id }: { id: string }, _: unknown, { loaders }: Context): Promise<EducationProfileParent | null> => {
    const student = await loaders.studentByKey.load(id);
    return student ? { personKey: id, student } : null;
  },
};
