// Allocation: the amount as Money from integer fen, the budget line it draws on (always there: a foreign key), its history.
import type { AllocationResolvers } from '../generated/graphql';

export const Allocation: AllocationResolvers = {
  amount: (a) => a.amountFen,
  budget: async (a, _, { loaders }) => (await loaders.budgetById.load(a.budgetId))!,
  history: (a, _, { loaders }) => loaders.allocationHistory.load(a.id),
};
