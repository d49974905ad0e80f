// PriceSubsidyBatch: the rise as the notices write it, the group counts, the totals and counties from its county rows.
import { PriceSubsidyCounty } from '../entities';
import type { PriceSubsidyBatchResolvers, PriceSubsidyGroup } from '../generated/graphql';
import { regionCodeArg } from '../../../../shared/src/validate';

const GROUPS: PriceSubsidyGroup[] = ['MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'UNEMPLOYMENT_INSURANCE'];
const tenths = (t: number) => `${Math.floor(t / 10)}.${t % 10}`;

export const PriceSubsidyBatch: PriceSubsidyBatchResolvers = {
  rise: (b) => (b.riseTenths === null ? null : tenths(b.riseTenths)),
  minimum: (b) => (b.minimumFen === null ? null : BigInt(b.minimumFen)),
  groups: (b) => GROUPS.filter((g) => g in b.groupCounts).map((group) => ({ group, persons: b.groupCounts[group] })),
  covered: async (b, _, { loaders }) => sum(await loaders.subsidyCounties.load(b.month), (c) => c.covered),
  paid: async (b, _, { loaders }) => sum(await loaders.subsidyCounties.load(b.month), (c) => c.paid),
  withoutAccount: async (b, _, { loaders }) => sum(await loaders.subsidyCounties.load(b.month), (c) => c.withoutAccount),
  total: async (b, _, { loaders }) => (await loaders.subsidyCounties.load(b.month)).reduce((t, c) => t + BigInt(c.totalFen), 0n),
  counties: async (b, { regionCode }, { loaders }) => {
    const region = regionCodeArg('regionCode', regionCode);
    const counties: PriceSubsidyCounty[] = await loaders.subsidyCounties.load(b.month);
    return region ? counties.filter((c) => c.regionCode === region) : counties;
  },
};

const sum = <T>(rows: T[], of: (row: T) => number) => rows.reduce((t, r) => t + of(r), 0);
