// ConstructionProject: the investment leaves as Money from integer fen; its institution and its change history.
import type { ConstructionProjectResolvers } from '../generated/graphql';

export const ConstructionProject: ConstructionProjectResolvers = {
  investment: (p) => p.investmentFen,
  // The foreign key guarantees the institution.
  institution: async (p, _, { loaders }) => (await loaders.institutionById.load(p.institutionId))!,
  history: (p, _, { loaders }) => loaders.projectHistory.load(p.id),
};
