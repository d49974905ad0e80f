// Person as the commission sees it: the key only, and the person's placement (current, or the last one) when it has ever placed them.
import { personProfiles } from '../../../../shared/src/profiles';
import { Context } from '../context';
import type { PersonResolvers } from '../generated/graphql';

export const Person: PersonResolvers = personProfiles({
  careInstitution: async (key, { loaders }: Context) => (await loaders.placementsByPersonKey.load(key))[0] ?? null,
});
