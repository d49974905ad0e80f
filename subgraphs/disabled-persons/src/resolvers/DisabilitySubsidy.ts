// DisabilitySubsidy: the monthly amount leaves as Money from integer fen; the holder and the change history.
import { Context } from '../context';
import { DisabilitySubsidy as SubsidyRow } from '../entities';

export const DisabilitySubsidy = {
  monthlyAmount: (s: SubsidyRow) => s.monthlyAmountFen,
  person: (s: SubsidyRow) => ({ id: s.personKey }),
  history: (s: SubsidyRow, _: unknown, { loaders }: Context) => loaders.subsidyHistory.load(s.id),
};
