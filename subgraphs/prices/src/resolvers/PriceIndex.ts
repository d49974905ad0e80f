// PriceIndex: the value leaves as the published decimal string from integer tenths; its change history.
import { formatIndex } from '../figures';
import type { PriceIndexResolvers } from '../generated/graphql';

export const PriceIndex: PriceIndexResolvers = {
  value: (i) => formatIndex(i.valueTenths),
  history: (i, _, { loaders }) => loaders.indexHistory.load(i.id),
};
