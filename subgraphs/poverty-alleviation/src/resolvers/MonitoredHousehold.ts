// MonitoredHousehold: its head and members by key, its county by key, its causes and change history through loaders.
import type { MonitoredHouseholdResolvers } from '../generated/graphql';

export const MonitoredHousehold: MonitoredHouseholdResolvers = {
  head: (h) => ({ id: h.personKey }),
  members: async (h, _, { loaders }) => (await loaders.membersByHouseholdId.load(h.id)).map((m) => ({ id: m.personKey })),
  region: (h) => ({ code: h.regionCode }),
  riskCauses: async (h, _, { loaders }) => (await loaders.causesByHouseholdId.load(h.id)).map((c) => c.cause),
  history: (h, _, { loaders }) => loaders.householdHistory.load(h.id),
};
