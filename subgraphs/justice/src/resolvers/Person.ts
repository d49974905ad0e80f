// Person as the justice bureau sees it: the key only, and the legal aid profile when the bureau holds a case or a mediation on them.
import { personProfiles, Profile, profileOf } from '../../../../shared/src/profiles';
import { Context } from '../context';
import { DisputeMediation, LegalAidCase } from '../entities';
import type { PersonResolvers } from '../generated/graphql';

/** The parent of LegalAidProfile's fields (codegen.ts maps LegalAidProfile to it): the person's rows, loaded in one batch per table. */
export type LegalAidProfileParent = Profile<{ cases: LegalAidCase[]; mediations: DisputeMediation[] }>;

export const Person: PersonResolvers = personProfiles({
  legalAid: async (key, { loaders }: Context) => {
    const [cases, mediations] = await Promise.all([loaders.casesByPersonKey.load(key), loaders.mediationsByPersonKey.load(key)]);
    return profileOf(key, { cases, mediations });
  },
});
