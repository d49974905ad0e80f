// MedicalAssistanceSettlement: the four amounts leave as Money from integer fen; history through a loader.
import type { MedicalAssistanceSettlementResolvers } from '../generated/graphql';

export const MedicalAssistanceSettlement: MedicalAssistanceSettlementResolvers = {
  person: (s) => ({ id: s.personKey }),
  totalCost: (s) => s.totalCostFen,
  insurancePaid: (s) => s.insurancePaidFen,
  assistancePaid: (s) => s.assistancePaidFen,
  selfPaid: (s) => s.selfPaidFen,
  history: (s, _, { loaders }) => loaders.settlementHistory.load(s.id),
};
