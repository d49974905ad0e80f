// LandTransfer: its head and contract, its area as the stored decimal, the rent a year as Money from integer fen, its history.
import { muOf } from '../area';
import type { LandTransferResolvers } from '../generated/graphql';

export const LandTransfer: LandTransferResolvers = {
  person: (t) => ({ id: t.personKey }),
  // The reference to the contract is a foreign key: the contract exists.
  contract: async (t, _, { loaders }) => (await loaders.contractById.load(t.contractId))!,
  areaMu: (t) => muOf(t.areaMu),
  annualRent: (t) => t.annualRentFen,
  history: (t, _, { loaders }) => loaders.transferHistory.load(t.id),
};
