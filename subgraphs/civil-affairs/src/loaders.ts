// Civil-affairs loaders, made per request: persons, households, members, cases and record holders by key.
import { DataSource } from 'typeorm';
import { manyByKey, newestFirst, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { AssistanceCase, Household, Person, PersonRecordHolder } from './entities';
import { RELATION_ORDER } from './rules';

export function createLoaders(db: DataSource) {
  return {
    personByKey: oneByKey(db.getRepository(Person), 'key'),
    personByIdNumber: oneByKey(db.getRepository(Person), 'idNumber'),
    householdById: oneByKey(db.getRepository(Household), 'id'),
    membersByHouseholdId: manyByKey(db.getRepository(Person), 'householdId', [
      { by: 'relationToHead', rank: RELATION_ORDER, nullAs: 'OTHER' },
      'birthDate',
    ]),
    casesByHouseholdId: manyByKey(db.getRepository(AssistanceCase), 'householdId', newestFirst('startDate')),
    /** The agencies the register names for a person ([] when none: an agency then may not identify them). */
    recordHoldersByPersonKey: manyByKey(db.getRepository(PersonRecordHolder), 'personKey'),
    personHistory: changeHistoryLoader(db, 'Person'),
    householdHistory: changeHistoryLoader(db, 'Household'),
    caseHistory: changeHistoryLoader(db, 'AssistanceCase'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
