// LegalAidCase: its applicant, its county and centre, and its change history through a loader.
import type { LegalAidCaseResolvers } from '../generated/graphql';
import { legalAidCentre } from '../rules';

export const LegalAidCase: LegalAidCaseResolvers = {
  person: (c) => ({ id: c.personKey }),
  region: (c) => ({ code: c.regionCode }),
  centre: (c) => legalAidCentre(c.regionCode),
  history: (c, _, { loaders }) => loaders.caseHistory.load(c.id),
};
