// Price-bureau loaders, made per request: a survey household and its months by the head's person key; change histories by id.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { SurveyHousehold, SurveyMonth } from './entities';

export function createLoaders(db: DataSource) {
  return {
    householdByPersonKey: oneByKey(db.getRepository(SurveyHousehold), 'personKey'),
    monthsByPersonKey: manyByKey(db.getRepository(SurveyMonth), 'personKey', [{ by: 'month', desc: true }]),
    /** Keyed by the head's person key, the household's id. */
    householdHistory: changeHistoryLoader(db, 'SurveyHousehold'),
    monthHistory: changeHistoryLoader(db, 'SurveyMonth'),
    indexHistory: changeHistoryLoader(db, 'PriceIndex'),
    ruleHistory: changeHistoryLoader(db, 'PriceLinkageRule'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
