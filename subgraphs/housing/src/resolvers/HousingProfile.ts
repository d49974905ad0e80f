// HousingProfile: the rows its parent already carries; nothing is loaded here.
import { HousingProfileParent } from './Person';

export const HousingProfile = {
  properties: (p: HousingProfileParent) => p.properties,
  assistance: (p: HousingProfileParent) => p.assistance,
};
