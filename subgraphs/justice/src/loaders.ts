// Justice loaders, made per request: a person's legal aid cases and mediations by person key, newest first; change histories by id.
import { DataSource } from 'typeorm';
import { manyByKey, newestFirst } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { DisputeMediation, LegalAidCase } from './entities';

export function createLoaders(db: DataSource) {
  return {
    casesByPersonKey: manyByKey(db.getRepository(LegalAidCase), 'personKey', newestFirst('appliedOn')),
    mediationsByPersonKey: manyByKey(db.getRepository(DisputeMediation), 'personKey', newestFirst('openedOn')),
    caseHistory: changeHistoryLoader(db, 'LegalAidCase'),
    mediationHistory: changeHistoryLoader(db, 'DisputeMediation'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
