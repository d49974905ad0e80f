// DisabilityProfile: resolved from the person's certificate; the subsidies come through a loader, newest first.
import { Context } from '../context';
import { DisabilityCertificate } from '../entities';

export const DisabilityProfile = {
  certificate: (c: DisabilityCertificate) => c,
  subsidies: (c: DisabilityCertificate, _: unknown, { loaders }: Context) => loaders.subsidiesByPersonKey.load(c.personKey),
};
