// Region: a county of the city by its GB/T 2260 code, with its kind, townships, coordination mechanism and supervision items.
import { findRegion } from '../../../../shared/src/regions';
import type { RegionKind, RegionResolvers } from '../generated/graphql';
import { isOverdue } from '../rules';

/** The parent of Region's fields (codegen.ts maps Region to it): the county as the city's code list has it. */
export interface RegionParent {
  code: string;
  name: string;
  kind: RegionKind | null;
}

/** How the city's code list names each kind: 宛城区, 南召县, 邓州市. */
const KIND_BY_SUFFIX: Record<string, RegionKind> = { 区: 'DISTRICT', 县: 'COUNTY', 市: 'COUNTY_LEVEL_CITY' };

/**
 * A county by its code. Its code and name are the city's code list (shared/src/regions.ts, which every agency's
 * input is checked against), so there is no table of counties to disagree with it; a code the city does not have
 * keeps the code as its name, as civil affairs answered before the county governments took Region over.
 */
export function regionOf(code: string): RegionParent {
  const region = findRegion(code);
  return region ? { code, name: region.name, kind: KIND_BY_SUFFIX[region.name.slice(-1)] ?? null } : { code, name: code, kind: null };
}

export const Region: RegionResolvers = {
  __resolveReference: ({ code }) => regionOf(code),
  townships: async ({ code }, { kind }, { loaders }) => {
    const townships = await loaders.townshipsByCounty.load(code);
    return kind ? townships.filter((t) => t.kind === kind) : townships;
  },
  coordination: ({ code }, _, { loaders }) => loaders.mechanismByRegion.load(code),
  supervisionItems: async ({ code }, { unit, status, overdue }, { loaders }) =>
    (await loaders.itemsByRegion.load(code)).filter(
      (i) =>
        (!unit || i.unit === unit) && (!status || i.status === status) && (overdue == null || isOverdue(i.status, i.deadline) === overdue),
    ),
};
