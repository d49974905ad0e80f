// SupportMeasure: the amount leaves as Money from integer fen; the member it is for, its household and its change history.
import type { SupportMeasureResolvers } from '../generated/graphql';
import { householdOf } from '../loaders';

export const SupportMeasure: SupportMeasureResolvers = {
  person: (s) => ({ id: s.personKey }),
  household: (s, _, { loaders }) => householdOf(loaders, s.monitoredHouseholdId),
  amount: (s) => s.amountFen,
  history: (s, _, { loaders }) => loaders.measureHistory.load(s.id),
};
