// UnionAid: the amount leaves as Money from integer fen; history through a loader.
import { Context } from '../context';
import { UnionAid as AidRow } from '../entities';

export const UnionAid = {
  amount: (a: AidRow) => a.amountFen,
  history: (a: AidRow, _: unknown, { loaders }: Context) => loaders.aidHistory.load(a.id),
};
