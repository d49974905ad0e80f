// PriceLinkageDecision: whether it fired, and the rise used as a decimal string.
import { formatRise } from '../linkage';
import type { PriceLinkageDecisionResolvers } from '../generated/graphql';

export const PriceLinkageDecision: PriceLinkageDecisionResolvers = {
  triggered: (d) => d.triggers.length > 0,
  rise: (d) => (d.riseTenths === null ? null : formatRise(d.riseTenths)),
};
