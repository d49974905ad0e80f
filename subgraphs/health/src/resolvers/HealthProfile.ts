// HealthProfile: one person's settlements, emergency aid and public-health enrolments, each through a loader.
import { Context } from '../context';
import { HealthFile } from '../entities';

export const HealthProfile = {
  medicalAssistance: async (f: HealthFile, _: unknown, { loaders }: Context) =>
    [...(await loaders.settlementsByPersonKey.load(f.personKey))].sort((a, b) => b.settledOn.localeCompare(a.settledOn) || a.id.localeCompare(b.id)),
  emergencyAid: async (f: HealthFile, _: unknown, { loaders }: Context) =>
    [...(await loaders.emergencyAidByPersonKey.load(f.personKey))].sort((a, b) => b.grantedOn.localeCompare(a.grantedOn) || a.id.localeCompare(b.id)),
  publicHealthServices: async (f: HealthFile, _: unknown, { loaders }: Context) =>
    [...(await loaders.publicHealthByPersonKey.load(f.personKey))].sort((a, b) => a.enrolledOn.localeCompare(b.enrolledOn) || a.program.localeCompare(b.program)),
};
