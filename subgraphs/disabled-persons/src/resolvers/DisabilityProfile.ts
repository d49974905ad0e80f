// DisabilityProfile: the certificate (already loaded with the profile) and the subsidies, through a loader.
import { Context } from '../context';
import { DisabilityProfileParent } from './Person';

export const DisabilityProfile = {
  certificate: (p: DisabilityProfileParent) => p.certificate,
  subsidies: async (p: DisabilityProfileParent, _: unknown, { loaders }: Context) =>
    [...(await loaders.subsidiesByPersonKey.load(p.personKey))].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.kind.localeCompare(b.kind)),
};
