// PropertyHolding: numeric columns leave as numbers (pg returns numeric as a string); history through a loader.
import { Context } from '../context';
import { PropertyHolding as HoldingRow } from '../entities';

export const PropertyHolding = {
  areaSqm: (h: HoldingRow) => Number(h.areaSqm),
  share: (h: HoldingRow) => Number(h.share),
  history: (h: HoldingRow, _: unknown, { loaders }: Context) => loaders.holdingHistory.load(h.id),
};
