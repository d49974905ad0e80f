// Person as the trade unions see it: an entity they do not own, with the union profile hung on its key.
import { Context } from '../context';
import { DifficultWorkerFile, UnionAid } from '../entities';

/** The parent of TradeUnionProfile's fields: the person's rows, loaded in one batch per table. */
export interface TradeUnionProfileParent {
  personKey: string;
  file: DifficultWorkerFile | null;
  aid: UnionAid[];
}

export const Person = {
  // The person core lives in civil-affairs; here a reference is just its key.
  __resolveReference: ({ id }: { id: string }) => ({ id }),
  tradeUnion: async ({ id }: { id: string }, _: unknown, { loaders }: Context): Promise<TradeUnionProfileParent | null> => {
    const [file, aid] = await Promise.all([loaders.fileByPersonKey.load(id), loaders.aidByPersonKey.load(id)]);
    if (!file && aid.length === 0) return null;
    return { personKey: id, file, aid: [...aid].reverse() };
  },
};
