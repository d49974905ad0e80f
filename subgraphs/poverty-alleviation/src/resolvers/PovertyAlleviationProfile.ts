// PovertyAlleviationProfile: resolved from the person's membership row; the household and its measures come through loaders.
import type { PovertyAlleviationProfileResolvers } from '../generated/graphql';
import { householdOf } from '../loaders';

export const PovertyAlleviationProfile: PovertyAlleviationProfileResolvers = {
  household: (m, _, { loaders }) => householdOf(loaders, m.monitoredHouseholdId),
  measures: (m, _, { loaders }) => loaders.measuresByHouseholdId.load(m.monitoredHouseholdId),
};
