// EmergencyMedicalAid: the amount leaves as Money from integer fen.
import { EmergencyMedicalAid as AidRow } from '../entities';

export const EmergencyMedicalAid = {
  amount: (a: AidRow) => a.amountFen,
};
