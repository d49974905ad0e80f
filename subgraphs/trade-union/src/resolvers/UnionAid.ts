// UnionAid: the amount leaves as Money from integer fen.
import { UnionAid as AidRow } from '../entities';

export const UnionAid = {
  amount: (a: AidRow) => a.amountFen,
};
