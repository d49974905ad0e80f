// Person as the price bureau sees it: the key only, and the survey profile when the person heads a survey household.
import { personProfiles } from '../../../../shared/src/profiles';
import { Context } from '../context';
import type { PersonResolvers } from '../generated/graphql';

export const Person: PersonResolvers = personProfiles({
  priceSurvey: (key, { loaders }: Context) => loaders.householdByPersonKey.load(key),
});
