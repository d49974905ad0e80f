// SurveyHousehold: its head, its county by code, and its change history.
import type { SurveyHouseholdResolvers } from '../generated/graphql';

export const SurveyHousehold: SurveyHouseholdResolvers = {
  person: (h) => ({ id: h.personKey }),
  region: (h) => ({ code: h.regionCode }),
  history: (h, _, { loaders }) => loaders.householdHistory.load(h.personKey),
};
