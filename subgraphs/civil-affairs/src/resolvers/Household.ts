// Household: its members, head and assistance cases, each through a loader.
import type { HouseholdResolvers } from '../generated/graphql';
import { identifying } from '../record-holders';
import { regionOf } from './Region';

export const Household: HouseholdResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.householdById.load(id),
  region: (h) => regionOf(h.regionCode),
  // Where a household lives identifies each member: an agency holding records on any one of them may see it.
  address: (h, _, context, info) =>
    identifying(
      context,
      info,
      async () => (await context.loaders.membersByHouseholdId.load(h.id)).map((m) => m.key),
      () => h.address,
      'any member of this household',
    ),
  head: (h, _, { loaders }) => (h.headKey ? loaders.personByKey.load(h.headKey) : null),
  members: (h, _, { loaders }) => loaders.membersByHouseholdId.load(h.id),
  size: async (h, _, { loaders }) => (await loaders.membersByHouseholdId.load(h.id)).length,
  history: (h, _, { loaders }) => loaders.householdHistory.load(h.id),
  assistanceCases: (h, _, { loaders }) => loaders.casesByHouseholdId.load(h.id),
};
