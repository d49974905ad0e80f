// Person as civil affairs knows it: the core every agency's profile hangs on.
import { SCOPES } from '../../../../shared/src/auth/roles';
import { maskIdNumber } from '../../../../shared/src/id-number';
import { findRegion } from '../../../../shared/src/regions';
import { ageOn } from '../../../../shared/src/scalars';
import { Context } from '../context';
import { Person as PersonRow } from '../entities';

export const regionOf = (code: string) => {
  const region = findRegion(code);
  return region ? { code: region.code, name: region.name } : { code, name: code };
};

export const Person = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.personByKey.load(id),
  id: (p: PersonRow) => p.key,
  idNumber: (p: PersonRow, _: unknown, { identity }: Context) =>
    identity.scopes.includes(SCOPES.personIdentify) ? p.idNumber : maskIdNumber(p.idNumber),
  age: (p: PersonRow) => ageOn(p.birthDate),
  region: (p: PersonRow) => regionOf(p.regionCode),
  household: (p: PersonRow, _: unknown, { loaders }: Context) => (p.householdId ? loaders.householdById.load(p.householdId) : null),
  history: (p: PersonRow, _: unknown, { loaders }: Context) => loaders.personHistory.load(p.key),
};
