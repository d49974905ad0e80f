// Trade-union loaders, made per request: a person's difficult-worker file and aid by person key.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { DifficultWorkerFile, UnionAid } from './entities';

export function createLoaders(db: DataSource) {
  return {
    fileByPersonKey: oneByKey(db.getRepository(DifficultWorkerFile), 'personKey'),
    aidByPersonKey: manyByKey(db.getRepository(UnionAid), 'personKey', 'grantedOn'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
