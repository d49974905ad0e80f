// Person as civil affairs knows it: the core every agency's profile hangs on.
import { GraphQLResolveInfo } from 'graphql';
import { ageBand } from '../../../../shared/src/age-bands';
import { maskIdNumber } from '../../../../shared/src/id-number';
import { findRegion } from '../../../../shared/src/regions';
import { ageOn } from '../../../../shared/src/scalars';
import { Context } from '../context';
import { Person as PersonRow } from '../entities';
import { identifying, mayIdentify } from '../record-holders';

export const regionOf = (code: string) => {
  const region = findRegion(code);
  return region ? { code: region.code, name: region.name } : { code, name: code };
};

const self = (p: PersonRow) => async () => [p.key];

export const Person = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.personByKey.load(id),
  id: (p: PersonRow) => p.key,
  name: (p: PersonRow, _: unknown, context: Context, info: GraphQLResolveInfo) => identifying(context, info, self(p), () => p.name),
  idNumber: async (p: PersonRow, _: unknown, context: Context) => ((await mayIdentify(context, self(p))) ? p.idNumber : maskIdNumber(p.idNumber)),
  birthDate: (p: PersonRow, _: unknown, context: Context, info: GraphQLResolveInfo) => identifying(context, info, self(p), () => p.birthDate),
  age: (p: PersonRow, _: unknown, context: Context, info: GraphQLResolveInfo) => identifying(context, info, self(p), () => ageOn(p.birthDate)),
  ageBand: (p: PersonRow) => ageBand(ageOn(p.birthDate)),
  region: (p: PersonRow) => regionOf(p.regionCode),
  household: (p: PersonRow, _: unknown, { loaders }: Context) => (p.householdId ? loaders.householdById.load(p.householdId) : null),
  history: (p: PersonRow, _: unknown, { loaders }: Context) => loaders.personHistory.load(p.key),
};
