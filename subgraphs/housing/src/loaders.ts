// Housing loaders, made per request: a person's holdings and housing assistance by person key.
import { DataSource } from 'typeorm';
import { manyByKey } from '../../../shared/src/loaders';
import { HousingAssistance, PropertyHolding } from './entities';

export function createLoaders(db: DataSource) {
  return {
    propertiesByPersonKey: manyByKey(db.getRepository(PropertyHolding), 'personKey', 'registeredOn'),
    assistanceByPersonKey: manyByKey(db.getRepository(HousingAssistance), 'personKey', 'startDate'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
