// AssistanceCase and AssistanceStandard: amounts leave as Money from integer fen.
import { AssistanceCase as CaseRow, AssistanceStandard as StandardRow } from '../entities';
import { Context } from '../context';
import { regionOf } from './Person';

export const AssistanceCase = {
  monthlyAmount: (c: CaseRow) => c.monthlyAmountFen,
  oneOffAmount: (c: CaseRow) => c.oneOffAmountFen,
  perCapitaIncome: (c: CaseRow) => c.perCapitaIncomeFen,
  history: (c: CaseRow, _: unknown, { loaders }: Context) => loaders.caseHistory.load(c.id),
};

export const AssistanceStandard = {
  region: (s: StandardRow) => regionOf(s.regionCode),
  monthlyAmount: (s: StandardRow) => s.monthlyAmountFen,
};
