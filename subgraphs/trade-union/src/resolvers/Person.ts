// Person as the trade unions see it: the key only, and the union profile when they hold a file or aid on them.
import { personProfiles, Profile, profileOf } from '../../../../shared/src/profiles';
import { Context } from '../context';
import { DifficultWorkerFile, UnionAid } from '../entities';
import type { PersonResolvers } from '../generated/graphql';

/** The parent of TradeUnionProfile's fields (codegen.ts maps TradeUnionProfile to it): the person's rows, loaded in one batch per table. */
export type TradeUnionProfileParent = Profile<{ file: DifficultWorkerFile | null; aid: UnionAid[] }>;

export const Person: PersonResolvers = personProfiles({
  tradeUnion: async (key, { loaders }: Context) => {
    const [file, aid] = await Promise.all([loaders.fileByPersonKey.load(key), loaders.aidByPersonKey.load(key)]);
    return profileOf(key, { file, aid });
  },
});
