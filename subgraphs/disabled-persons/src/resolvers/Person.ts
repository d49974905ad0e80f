// Person as the disabled persons' federation sees it: the key only, and the profile (its certificate) when it holds one.
import { personProfiles } from '../../../../shared/src/profiles';
import { Context } from '../context';
import type { PersonResolvers } from '../generated/graphql';

export const Person: PersonResolvers = personProfiles({
  disability: (key, { loaders }: Context) => loaders.certificateByPersonKey.load(key),
});
