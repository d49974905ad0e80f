// PriceLinkageRule: triggers and multiplier leave as the decimal strings the notices write, from integers; its history.
import { formatMultiplier, formatRise } from '../linkage';
import type { PriceLinkageRuleResolvers } from '../generated/graphql';

export const PriceLinkageRule: PriceLinkageRuleResolvers = {
  cpiTrigger: (r) => formatRise(r.cpiTriggerTenths),
  foodCpiTrigger: (r) => formatRise(r.foodCpiTriggerTenths),
  multiplier: (r) => formatMultiplier(r.multiplierPercent),
  minimum: (r) => BigInt(r.minimumFen),
  history: (r, _, { loaders }) => loaders.ruleHistory.load(r.id),
};
