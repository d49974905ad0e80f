// EmploymentService: the person it was given to, and its history through a loader.
import type { EmploymentServiceResolvers } from '../generated/graphql';

export const EmploymentService: EmploymentServiceResolvers = {
  person: (s) => ({ id: s.personKey }),
  history: (s, _, { loaders }) => loaders.serviceHistory.load(s.id),
};
