// DisputeMediation: its party, the unit whose decision it is about, its county, and its change history through a loader.
import type { DisputeMediationResolvers } from '../generated/graphql';
import { UNIT_OF } from '../rules';

export const DisputeMediation: DisputeMediationResolvers = {
  person: (m) => ({ id: m.personKey }),
  unit: (m) => UNIT_OF[m.programme],
  region: (m) => ({ code: m.regionCode }),
  history: (m, _, { loaders }) => loaders.mediationHistory.load(m.id),
};
