// MedicalAssistanceSettlement: the four amounts leave as Money from integer fen.
import { MedicalAssistanceSettlement as SettlementRow } from '../entities';

export const MedicalAssistanceSettlement = {
  totalCost: (s: SettlementRow) => s.totalCostFen,
  insurancePaid: (s: SettlementRow) => s.insurancePaidFen,
  assistancePaid: (s: SettlementRow) => s.assistancePaidFen,
  selfPaid: (s: SettlementRow) => s.selfPaidFen,
};
