// DisabilityProfile: resolved from the person's certificate; the subsidies come through a loader, newest first.
import type { DisabilityProfileResolvers } from '../generated/graphql';

export const DisabilityProfile: DisabilityProfileResolvers = {
  certificate: (c) => c,
  subsidies: (c, _, { loaders }) => loaders.subsidiesByPersonKey.load(c.personKey),
};
