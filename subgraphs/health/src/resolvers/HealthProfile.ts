// HealthProfile: one person's settlements, emergency aid and public-health enrolments, each through a loader.
import { Context } from '../context';
import { HealthFile } from '../entities';

export const HealthProfile = {
  // A reversed settlement stays on record but was never owed: shown only when asked for.
  medicalAssistance: async (f: HealthFile, { includeReversed }: { includeReversed?: boolean | null }, { loaders }: Context) =>
    (await loaders.settlementsByPersonKey.load(f.personKey))
      .filter((s) => includeReversed || s.status !== 'REVERSED'),
  emergencyAid: (f: HealthFile, _: unknown, { loaders }: Context) => loaders.emergencyAidByPersonKey.load(f.personKey),
  // An ended enrolment is history: shown only when asked for.
  publicHealthServices: async (f: HealthFile, { includeEnded }: { includeEnded?: boolean | null }, { loaders }: Context) =>
    (await loaders.publicHealthByPersonKey.load(f.personKey))
      .filter((e) => includeEnded || e.endedOn === null),
};
