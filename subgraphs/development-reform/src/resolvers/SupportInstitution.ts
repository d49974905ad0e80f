// SupportInstitution: its county by key, its residents counted from placements, its projects and its change history.
import type { SupportInstitutionResolvers } from '../generated/graphql';

export const SupportInstitution: SupportInstitutionResolvers = {
  region: (i) => ({ code: i.regionCode }),
  residents: (i, _, { loaders }) => loaders.residentsByInstitutionId.load(i.id),
  projects: (i, _, { loaders }) => loaders.projectsByInstitutionId.load(i.id),
  history: (i, _, { loaders }) => loaders.institutionHistory.load(i.id),
};
