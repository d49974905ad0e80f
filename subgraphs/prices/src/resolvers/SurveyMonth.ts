// SurveyMonth: the spending columns leave as one Money per category, in the categories' order, and as their total.
import { CATEGORIES, CATEGORY_COLUMN, totalPerCapitaFen } from '../rules';
import type { SurveyMonthResolvers } from '../generated/graphql';

export const SurveyMonth: SurveyMonthResolvers = {
  person: (m) => ({ id: m.personKey }),
  spending: (m) => CATEGORIES.map((category) => ({ category, perCapita: m[CATEGORY_COLUMN[category]] })),
  totalPerCapita: (m) => totalPerCapitaFen(m),
  history: (m, _, { loaders }) => loaders.monthHistory.load(m.id),
};
