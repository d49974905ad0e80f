// StandardPriceBasis: amounts leave as Money from integer fen; the ratio is worked out from them, never stored.
import { formatRatio } from '../figures';
import type { StandardPriceBasisResolvers } from '../generated/graphql';

export const StandardPriceBasis: StandardPriceBasisResolvers = {
  region: (b) => ({ code: b.regionCode }),
  standard: (b) => b.standardFen,
  foodBasket: (b) => b.foodBasketFen,
  ratio: (b) => formatRatio(BigInt(b.standardFen), BigInt(b.foodBasketFen)),
};
