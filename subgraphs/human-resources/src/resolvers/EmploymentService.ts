// EmploymentService: the person it was given to, and its history through a loader.
import { Context } from '../context';
import { EmploymentService as ServiceRow } from '../entities';

export const EmploymentService = {
  person: (s: ServiceRow) => ({ id: s.personKey }),
  history: (s: ServiceRow, _: unknown, { loaders }: Context) => loaders.serviceHistory.load(s.id),
};
