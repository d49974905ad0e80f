// Trade-union loaders, made per request: a person's difficult-worker file and aid by person key, and change histories.
import { DataSource } from 'typeorm';
import { manyByKey, newestFirst, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { DifficultWorkerFile, UnionAid } from './entities';

export function createLoaders(db: DataSource) {
  return {
    fileByPersonKey: oneByKey(db.getRepository(DifficultWorkerFile), 'personKey'),
    aidByPersonKey: manyByKey(db.getRepository(UnionAid), 'personKey', newestFirst('grantedOn')),
    fileHistory: changeHistoryLoader(db, 'DifficultWorkerFile'),
    aidHistory: changeHistoryLoader(db, 'UnionAid'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
