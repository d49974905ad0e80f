// Disabled-persons loaders, made per request: certificates and subsidies by person key.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { DisabilityCertificate, DisabilitySubsidy } from './entities';

export function createLoaders(db: DataSource) {
  return {
    certificateByPersonKey: oneByKey(db.getRepository(DisabilityCertificate), 'personKey'),
    subsidiesByPersonKey: manyByKey(db.getRepository(DisabilitySubsidy), 'personKey', 'startDate'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
