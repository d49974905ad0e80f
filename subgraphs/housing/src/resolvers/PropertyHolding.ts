// PropertyHolding: numeric columns leave as numbers (pg returns numeric as a string).
import { PropertyHolding as HoldingRow } from '../entities';

export const PropertyHolding = {
  areaSqm: (h: HoldingRow) => Number(h.areaSqm),
  share: (h: HoldingRow) => Number(h.share),
};
