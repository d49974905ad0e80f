// EducationAid: the amount leaves as Money from integer fen; the student and the change history.
import type { EducationAidResolvers } from '../generated/graphql';

export const EducationAid: EducationAidResolvers = {
  amount: (a) => a.amountFen,
  person: (a) => ({ id: a.personKey }),
  history: (a, _, { loaders }) => loaders.aidHistory.load(a.id),
};
