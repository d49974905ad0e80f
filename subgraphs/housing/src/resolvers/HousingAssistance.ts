// HousingAssistance: the amount leaves as Money from integer fen.
import { HousingAssistance as AssistanceRow } from '../entities';

export const HousingAssistance = {
  amount: (a: AssistanceRow) => a.amountFen,
};
