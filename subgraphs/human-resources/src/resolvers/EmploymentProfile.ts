// EmploymentProfile: one person's employment record; its services and history come through loaders.
import { Context } from '../context';
import { EmploymentRecord } from '../entities';

export const EmploymentProfile = {
  person: (r: EmploymentRecord) => ({ id: r.personKey }),
  services: (r: EmploymentRecord, _: unknown, { loaders }: Context) => loaders.servicesByPersonKey.load(r.personKey),
  history: (r: EmploymentRecord, _: unknown, { loaders }: Context) => loaders.recordHistory.load(r.personKey),
};
