// MedicalAssistanceSettlement: the four amounts leave as Money from integer fen; history through a loader.
import { Context } from '../context';
import { MedicalAssistanceSettlement as SettlementRow } from '../entities';

export const MedicalAssistanceSettlement = {
  person: (s: SettlementRow) => ({ id: s.personKey }),
  totalCost: (s: SettlementRow) => s.totalCostFen,
  insurancePaid: (s: SettlementRow) => s.insurancePaidFen,
  assistancePaid: (s: SettlementRow) => s.assistancePaidFen,
  selfPaid: (s: SettlementRow) => s.selfPaidFen,
  history: (s: SettlementRow, _: unknown, { loaders }: Context) => loaders.settlementHistory.load(s.id),
};
