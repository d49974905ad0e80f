// Disabled-persons loaders, made per request: certificates and subsidies by person key; change histories by id.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { DisabilityCertificate, DisabilitySubsidy } from './entities';

export function createLoaders(db: DataSource) {
  return {
    certificateByPersonKey: oneByKey(db.getRepository(DisabilityCertificate), 'personKey'),
    subsidiesByPersonKey: manyByKey(db.getRepository(DisabilitySubsidy), 'personKey', [{ by: 'startDate', desc: true }, 'kind']),
    /** Keyed by the holder's person key, the certificate's id. */
    certificateHistory: changeHistoryLoader(db, 'DisabilityCertificate'),
    subsidyHistory: changeHistoryLoader(db, 'DisabilitySubsidy'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
