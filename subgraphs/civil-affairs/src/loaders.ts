// Civil-affairs loaders, made per request: persons, households, members and cases by key.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { AssistanceCase, Household, Person } from './entities';

export function createLoaders(db: DataSource) {
  return {
    personByKey: oneByKey(db.getRepository(Person), 'key'),
    personByIdNumber: oneByKey(db.getRepository(Person), 'idNumber'),
    householdById: oneByKey(db.getRepository(Household), 'id'),
    membersByHouseholdId: manyByKey(db.getRepository(Person), 'householdId', 'birthDate'),
    casesByHouseholdId: manyByKey(db.getRepository(AssistanceCase), 'householdId', 'startDate'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
