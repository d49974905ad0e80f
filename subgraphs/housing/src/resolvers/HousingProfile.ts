// HousingProfile: the rows its parent already carries; nothing is loaded here.
import { HousingProfileParent } from './Person';

export const HousingProfile = {
  // Ended holdings stay on record but are not held any more: shown only when asked for.
  properties: (p: HousingProfileParent, { includeEnded }: { includeEnded?: boolean | null }) =>
    includeEnded ? p.properties : p.properties.filter((h) => h.endedOn === null),
  assistance: (p: HousingProfileParent) => p.assistance,
};
