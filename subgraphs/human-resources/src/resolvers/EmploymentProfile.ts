// EmploymentProfile: one person's employment record; its services and history come through loaders.
import { Context } from '../context';
import { EmploymentRecord } from '../entities';

export const EmploymentProfile = {
  person: (r: EmploymentRecord) => ({ id: r.personKey }),
  services: async (r: EmploymentRecord, _: unknown, { loaders }: Context) =>
    [...(await loaders.servicesByPersonKey.load(r.personKey))].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.kind.localeCompare(b.kind)),
  history: (r: EmploymentRecord, _: unknown, { loaders }: Context) => loaders.recordHistory.load(r.personKey),
};
