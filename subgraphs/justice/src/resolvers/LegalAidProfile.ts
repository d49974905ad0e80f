// LegalAidProfile: the rows its parent already carries, in the loaders' order; nothing is loaded here.
import type { LegalAidProfileResolvers } from '../generated/graphql';

export const LegalAidProfile: LegalAidProfileResolvers = {
  cases: (p) => p.cases,
  mediations: (p) => p.mediations,
};
