// HealthProfile: one person's settlements, emergency aid and public-health enrolments, each through a loader.
import { Context } from '../context';
import { HealthFile } from '../entities';

export const HealthProfile = {
  // A reversed settlement stays on record but was never owed: shown only when asked for.
  medicalAssistance: async (f: HealthFile, { includeReversed }: { includeReversed?: boolean | null }, { loaders }: Context) =>
    (await loaders.settlementsByPersonKey.load(f.personKey))
      .filter((s) => includeReversed || s.status !== 'REVERSED')
      .sort((a, b) => b.settledOn.localeCompare(a.settledOn) || a.id.localeCompare(b.id)),
  emergencyAid: async (f: HealthFile, _: unknown, { loaders }: Context) =>
    [...(await loaders.emergencyAidByPersonKey.load(f.personKey))].sort((a, b) => b.grantedOn.localeCompare(a.grantedOn) || a.id.localeCompare(b.id)),
  // An ended enrolment is history: shown only when asked for.
  publicHealthServices: async (f: HealthFile, { includeEnded }: { includeEnded?: boolean | null }, { loaders }: Context) =>
    (await loaders.publicHealthByPersonKey.load(f.personKey))
      .filter((e) => includeEnded || e.endedOn === null)
      .sort((a, b) => a.enrolledOn.localeCompare(b.enrolledOn) || a.program.localeCompare(b.program)),
};
