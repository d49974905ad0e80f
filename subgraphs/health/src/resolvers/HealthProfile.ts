// HealthProfile: one person's settlements, emergency aid and public-health enrolments, each through a loader.
import type { HealthProfileResolvers } from '../generated/graphql';

export const HealthProfile: HealthProfileResolvers = {
  // A reversed settlement stays on record but was never owed: shown only when asked for.
  medicalAssistance: async (f, { includeReversed }, { loaders }) =>
    (await loaders.settlementsByPersonKey.load(f.personKey)).filter((s) => includeReversed || s.status !== 'REVERSED'),
  emergencyAid: (f, _, { loaders }) => loaders.emergencyAidByPersonKey.load(f.personKey),
  // An ended enrolment is history: shown only when asked for.
  publicHealthServices: async (f, { includeEnded }, { loaders }) =>
    (await loaders.publicHealthByPersonKey.load(f.personKey)).filter((e) => includeEnded || e.endedOn === null),
};
