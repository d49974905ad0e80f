// Person as the poverty alleviation office sees it: the key only, and the profile (the person's membership) when the person is monitored.
import { personProfiles } from '../../../../shared/src/profiles';
import { Context } from '../context';
import type { PersonResolvers } from '../generated/graphql';

export const Person: PersonResolvers = personProfiles({
  povertyAlleviation: (key, { loaders }: Context) => loaders.memberByPersonKey.load(key),
});
