// EmergencyMedicalAid: the amount leaves as Money from integer fen; history through a loader.
import { Context } from '../context';
import { EmergencyMedicalAid as AidRow } from '../entities';

export const EmergencyMedicalAid = {
  person: (a: AidRow) => ({ id: a.personKey }),
  amount: (a: AidRow) => a.amountFen,
  history: (a: AidRow, _: unknown, { loaders }: Context) => loaders.emergencyAidHistory.load(a.id),
};
