// DisabilitySubsidy: the monthly amount leaves as Money from integer fen.
import { DisabilitySubsidy as SubsidyRow } from '../entities';

export const DisabilitySubsidy = {
  monthlyAmount: (s: SubsidyRow) => s.monthlyAmountFen,
};
