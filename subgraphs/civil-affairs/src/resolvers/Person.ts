// Person as civil affairs knows it: the core every agency's profile hangs on.
import { ageBand } from '../../../../shared/src/age-bands';
import { maskIdNumber } from '../../../../shared/src/id-number';
import { ageOn } from '../../../../shared/src/scalars';
import { Person as PersonRow } from '../entities';
import type { PersonResolvers } from '../generated/graphql';
import { identifying, mayIdentify } from '../record-holders';
import { regionOf } from './Region';

const self = (p: PersonRow) => async () => [p.key];

export const Person: PersonResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.personByKey.load(id),
  id: (p) => p.key,
  name: (p, _, context, info) => identifying(context, info, self(p), () => p.name),
  idNumber: async (p, _, context) => ((await mayIdentify(context, self(p))) ? p.idNumber : maskIdNumber(p.idNumber)),
  birthDate: (p, _, context, info) => identifying(context, info, self(p), () => p.birthDate),
  age: (p, _, context, info) => identifying(context, info, self(p), () => ageOn(p.birthDate)),
  ageBand: (p) => ageBand(ageOn(p.birthDate)),
  region: (p) => regionOf(p.regionCode),
  household: (p, _, { loaders }) => (p.householdId ? loaders.householdById.load(p.householdId) : null),
  history: (p, _, { loaders }) => loaders.personHistory.load(p.key),
};
