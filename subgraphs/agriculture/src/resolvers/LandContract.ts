// LandContract: its head, its county by key, its area as the stored decimal, and its change history.
import { muOf } from '../area';
import type { LandContractResolvers } from '../generated/graphql';

export const LandContract: LandContractResolvers = {
  person: (c) => ({ id: c.personKey }),
  region: (c) => ({ code: c.regionCode }),
  areaMu: (c) => muOf(c.areaMu),
  history: (c, _, { loaders }) => loaders.contractHistory.load(c.id),
};
