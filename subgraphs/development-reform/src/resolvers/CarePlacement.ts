// CarePlacement: its resident, its institution and its change history.
import type { CarePlacementResolvers } from '../generated/graphql';

export const CarePlacement: CarePlacementResolvers = {
  person: (p) => ({ id: p.personKey }),
  // The foreign key guarantees the institution.
  institution: async (p, _, { loaders }) => (await loaders.institutionById.load(p.institutionId))!,
  history: (p, _, { loaders }) => loaders.placementHistory.load(p.id),
};
