// Budget: amounts as Money from integer fen; what has been allocated (from its allocations, one loader) and spent.
import type { BudgetResolvers } from '../generated/graphql';
import { Allocation } from '../entities';

const total = (allocations: Allocation[]) => allocations.reduce((sum, a) => sum + BigInt(a.amountFen), 0n);

export const Budget: BudgetResolvers = {
  region: (b) => ({ code: b.regionCode }),
  amount: (b) => b.amountFen,
  centralShare: (b) => b.centralShareFen,
  provincialShare: (b) => b.provincialShareFen,
  cityShare: (b) => b.cityShareFen,
  countyShare: (b) => b.countyShareFen,
  allocated: async (b, _, { loaders }) => total(await loaders.allocationsByBudgetId.load(b.id)),
  unallocated: async (b, _, { loaders }) => BigInt(b.amountFen) - total(await loaders.allocationsByBudgetId.load(b.id)),
  spent: (b, _, { loaders }) => loaders.spentByBudgetId.load(b.id),
  allocations: (b, _, { loaders }) => loaders.allocationsByBudgetId.load(b.id),
};
