// PropertyHolding: numeric columns leave as numbers (pg returns numeric as a string); history through a loader.
import type { PropertyHoldingResolvers } from '../generated/graphql';

export const PropertyHolding: PropertyHoldingResolvers = {
  areaSqm: (h) => Number(h.areaSqm),
  share: (h) => Number(h.share),
  history: (h, _, { loaders }) => loaders.holdingHistory.load(h.id),
};
