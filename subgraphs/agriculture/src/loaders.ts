// Agriculture loaders, made per request: a head's contracts and transfers by person key, a contract by id, change histories.
import { DataSource } from 'typeorm';
import { manyByKey, newestFirst, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { LandContract, LandTransfer } from './entities';

export function createLoaders(db: DataSource) {
  return {
    contractsByPersonKey: manyByKey(db.getRepository(LandContract), 'personKey', newestFirst('startDate')),
    transfersByPersonKey: manyByKey(db.getRepository(LandTransfer), 'personKey', newestFirst('startDate')),
    /** A transfer's contract; primed with the contracts a profile loads, so a profile's transfers read none again. */
    contractById: oneByKey(db.getRepository(LandContract), 'id'),
    contractHistory: changeHistoryLoader(db, 'LandContract'),
    transferHistory: changeHistoryLoader(db, 'LandTransfer'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
