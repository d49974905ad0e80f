// Housing loaders, made per request: a person's holdings and housing assistance by person key, and change histories.
import { DataSource } from 'typeorm';
import { manyByKey, newestFirst } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { HousingAssistance, PropertyHolding } from './entities';

export function createLoaders(db: DataSource) {
  return {
    propertiesByPersonKey: manyByKey(db.getRepository(PropertyHolding), 'personKey', ['registeredOn']),
    assistanceByPersonKey: manyByKey(db.getRepository(HousingAssistance), 'personKey', newestFirst('startDate')),
    holdingHistory: changeHistoryLoader(db, 'PropertyHolding'),
    assistanceHistory: changeHistoryLoader(db, 'HousingAssistance'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
