// HousingAssistance: the amount leaves as Money from integer fen; history through a loader.
import type { HousingAssistanceResolvers } from '../generated/graphql';

export const HousingAssistance: HousingAssistanceResolvers = {
  amount: (a) => a.amountFen,
  history: (a, _, { loaders }) => loaders.assistanceHistory.load(a.id),
};
