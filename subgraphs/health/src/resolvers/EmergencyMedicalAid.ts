// EmergencyMedicalAid: the amount leaves as Money from integer fen; history through a loader.
import type { EmergencyMedicalAidResolvers } from '../generated/graphql';

export const EmergencyMedicalAid: EmergencyMedicalAidResolvers = {
  person: (a) => ({ id: a.personKey }),
  amount: (a) => a.amountFen,
  history: (a, _, { loaders }) => loaders.emergencyAidHistory.load(a.id),
};
