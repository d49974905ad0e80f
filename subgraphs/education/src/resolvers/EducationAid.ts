// EducationAid: the amount leaves as Money from integer fen; the student and the change history.
import { Context } from '../context';
import { EducationAid as AidRow } from '../entities';

export const EducationAid = {
  amount: (a: AidRow) => a.amountFen,
  person: (a: AidRow) => ({ id: a.personKey }),
  history: (a: AidRow, _: unknown, { loaders }: Context) => loaders.aidHistory.load(a.id),
};
