// PriceSubsidyCounty: its county as a Region reference, its amounts from integer fen.
import type { PriceSubsidyCountyResolvers } from '../generated/graphql';

export const PriceSubsidyCounty: PriceSubsidyCountyResolvers = {
  region: (c) => ({ code: c.regionCode }),
  standard: (c) => BigInt(c.standardFen),
  perPerson: (c) => BigInt(c.perPersonFen),
  total: (c) => BigInt(c.totalFen),
};
