// Person as education sees it: the key only, and the education profile (the student's record) when the bureau holds one.
import { personProfiles } from '../../../../shared/src/profiles';
import { Context } from '../context';
import type { PersonResolvers } from '../generated/graphql';

export const Person: PersonResolvers = personProfiles({
  education: (key, { loaders }: Context) => loaders.studentByKey.load(key),
});
