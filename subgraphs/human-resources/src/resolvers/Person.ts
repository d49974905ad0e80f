// Person as human resources sees it: the key only, its employment record and its insurance enrolments.
import { personProfiles } from '../../../../shared/src/profiles';
import { Context } from '../context';
import type { PersonResolvers } from '../generated/graphql';

export const Person: PersonResolvers = personProfiles({
  employment: (key, { loaders }: Context) => loaders.employmentByPersonKey.load(key),
  socialInsurance: async (key, { loaders }: Context) => {
    const rows = await loaders.insuranceByPersonKey.load(key);
    return rows.length === 0 ? null : rows;
  },
});
