// Person as health sees it: the key only, and the health profile (its file) when the commission holds one.
import { personProfiles } from '../../../../shared/src/profiles';
import { Context } from '../context';
import type { PersonResolvers } from '../generated/graphql';

export const Person: PersonResolvers = personProfiles({
  health: (key, { loaders }: Context) => loaders.healthFileByPersonKey.load(key),
});
