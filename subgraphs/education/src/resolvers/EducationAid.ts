// EducationAid: the amount leaves as Money from integer fen.
import { EducationAid as AidRow } from '../entities';

export const EducationAid = {
  amount: (a: AidRow) => a.amountFen,
};
