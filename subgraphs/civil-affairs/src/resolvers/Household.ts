// Household: its members, head and assistance cases, each through a loader.
import { GraphQLResolveInfo } from 'graphql';
import { Context } from '../context';
import { Household as HouseholdRow } from '../entities';
import { identifying } from '../record-holders';
import { regionOf } from './Person';

const RELATION_ORDER = ['HEAD', 'SPOUSE', 'PARENT', 'CHILD', 'GRANDCHILD', 'SIBLING', 'OTHER'];

export const Household = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.householdById.load(id),
  region: (h: HouseholdRow) => regionOf(h.regionCode),
  // Where a household lives identifies each member: an agency holding records on any one of them may see it.
  address: (h: HouseholdRow, _: unknown, context: Context, info: GraphQLResolveInfo) =>
    identifying(context, info, async () => (await context.loaders.membersByHouseholdId.load(h.id)).map((m) => m.key), () => h.address, 'any member of this household'),
  head: (h: HouseholdRow, _: unknown, { loaders }: Context) => (h.headKey ? loaders.personByKey.load(h.headKey) : null),
  members: async (h: HouseholdRow, _: unknown, { loaders }: Context) => {
    const members = await loaders.membersByHouseholdId.load(h.id);
    return [...members].sort((a, b) => RELATION_ORDER.indexOf(a.relationToHead ?? 'OTHER') - RELATION_ORDER.indexOf(b.relationToHead ?? 'OTHER'));
  },
  size: async (h: HouseholdRow, _: unknown, { loaders }: Context) => (await loaders.membersByHouseholdId.load(h.id)).length,
  history: (h: HouseholdRow, _: unknown, { loaders }: Context) => loaders.householdHistory.load(h.id),
  assistanceCases: async (h: HouseholdRow, _: unknown, { loaders }: Context) => [...(await loaders.casesByHouseholdId.load(h.id))].reverse(),
};
