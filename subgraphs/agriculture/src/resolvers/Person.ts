// Person as the agriculture commission sees it: the key only, and the land profile when it holds a contract or transfer on them.
import { personProfiles, Profile, profileOf } from '../../../../shared/src/profiles';
import { Context } from '../context';
import { LandContract, LandTransfer } from '../entities';
import type { PersonResolvers } from '../generated/graphql';

/** The parent of LandProfile's fields (codegen.ts maps LandProfile to it): the person's rows, loaded in one batch per table. */
export type LandProfileParent = Profile<{ contracts: LandContract[]; transfers: LandTransfer[] }>;

export const Person: PersonResolvers = personProfiles({
  land: async (key, { loaders }: Context) => {
    const [contracts, transfers] = await Promise.all([loaders.contractsByPersonKey.load(key), loaders.transfersByPersonKey.load(key)]);
    // A transfer's contract is its head's (the database holds the two persons equal): its `contract` reads nothing again.
    for (const c of contracts) loaders.contractById.prime(c.id, c);
    return profileOf(key, { contracts, transfers });
  },
});
