// AssistanceCase and AssistanceStandard: amounts leave as Money from integer fen.
import type { AssistanceCaseResolvers, AssistanceStandardResolvers } from '../generated/graphql';
import { regionOf } from './Region';

export const AssistanceCase: AssistanceCaseResolvers = {
  monthlyAmount: (c) => c.monthlyAmountFen,
  oneOffAmount: (c) => c.oneOffAmountFen,
  perCapitaIncome: (c) => c.perCapitaIncomeFen,
  history: (c, _, { loaders }) => loaders.caseHistory.load(c.id),
};

export const AssistanceStandard: AssistanceStandardResolvers = {
  region: (s) => regionOf(s.regionCode),
  monthlyAmount: (s) => s.monthlyAmountFen,
};
