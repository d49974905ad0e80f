// HousingProfile: the rows its parent already carries; nothing is loaded here.
import type { HousingProfileResolvers } from '../generated/graphql';

export const HousingProfile: HousingProfileResolvers = {
  // Ended holdings stay on record but are not held any more: shown only when asked for.
  properties: (p, { includeEnded }) => (includeEnded ? p.properties : p.properties.filter((h) => h.endedOn === null)),
  assistance: (p) => p.assistance,
};
