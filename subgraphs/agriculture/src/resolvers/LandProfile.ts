// LandProfile: the rows its parent already carries, and the rent a year of the ACTIVE transfers, summed in fen.
import type { LandProfileResolvers } from '../generated/graphql';

export const LandProfile: LandProfileResolvers = {
  contracts: (p) => p.contracts,
  transfers: (p) => p.transfers,
  annualRent: (p) => p.transfers.filter((t) => t.status === 'ACTIVE').reduce((sum, t) => sum + BigInt(t.annualRentFen), 0n),
};
