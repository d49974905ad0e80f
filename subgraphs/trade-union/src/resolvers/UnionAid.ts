// UnionAid: the amount leaves as Money from integer fen; history through a loader.
import type { UnionAidResolvers } from '../generated/graphql';

export const UnionAid: UnionAidResolvers = {
  amount: (a) => a.amountFen,
  history: (a, _, { loaders }) => loaders.aidHistory.load(a.id),
};
