// EmploymentProfile: one person's employment record; its services and history come through loaders.
import type { EmploymentProfileResolvers } from '../generated/graphql';

export const EmploymentProfile: EmploymentProfileResolvers = {
  person: (r) => ({ id: r.personKey }),
  services: (r, _, { loaders }) => loaders.servicesByPersonKey.load(r.personKey),
  history: (r, _, { loaders }) => loaders.recordHistory.load(r.personKey),
};
