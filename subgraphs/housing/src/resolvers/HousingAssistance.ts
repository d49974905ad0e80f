// HousingAssistance: the amount leaves as Money from integer fen; history through a loader.
import { Context } from '../context';
import { HousingAssistance as AssistanceRow } from '../entities';

export const HousingAssistance = {
  amount: (a: AssistanceRow) => a.amountFen,
  history: (a: AssistanceRow, _: unknown, { loaders }: Context) => loaders.assistanceHistory.load(a.id),
};
