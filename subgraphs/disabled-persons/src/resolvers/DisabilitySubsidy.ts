// DisabilitySubsidy: the monthly amount leaves as Money from integer fen; the holder and the change history.
import type { DisabilitySubsidyResolvers } from '../generated/graphql';

export const DisabilitySubsidy: DisabilitySubsidyResolvers = {
  monthlyAmount: (s) => s.monthlyAmountFen,
  person: (s) => ({ id: s.personKey }),
  history: (s, _, { loaders }) => loaders.subsidyHistory.load(s.id),
};
