// EmploymentProfile: one person's employment record; its services come through a loader.
import { Context } from '../context';
import { EmploymentRecord } from '../entities';

export const EmploymentProfile = {
  services: async (r: EmploymentRecord, _: unknown, { loaders }: Context) =>
    [...(await loaders.servicesByPersonKey.load(r.personKey))].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.kind.localeCompare(b.kind)),
};
