// PriceSurveyProfile: resolved from the head's survey household; the months come through a loader, newest first.
import type { PriceSurveyProfileResolvers } from '../generated/graphql';

export const PriceSurveyProfile: PriceSurveyProfileResolvers = {
  household: (h) => h,
  months: (h, _, { loaders }) => loaders.monthsByPersonKey.load(h.personKey),
};
