// Poverty-alleviation loaders, made per request: a person's membership, households and their members, causes and measures; change histories.
import { DataSource } from 'typeorm';
import { manyByKey, newestFirst, oneByKey, rankOf } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { MonitoredHousehold, MonitoredMember, MonitoredRiskCause, SupportMeasure } from './entities';
import type { RiskCause } from './generated/graphql';

/** Causes are listed in the order of the enumeration. */
export const CAUSE_RANK = rankOf<RiskCause>()([
  'ILLNESS',
  'SCHOOLING',
  'DISABILITY',
  'DISASTER',
  'UNEMPLOYMENT',
  'ACCIDENT',
  'OTHER',
] as const);

export function createLoaders(db: DataSource) {
  return {
    memberByPersonKey: oneByKey(db.getRepository(MonitoredMember), 'personKey'),
    householdById: oneByKey(db.getRepository(MonitoredHousehold), 'id'),
    membersByHouseholdId: manyByKey(db.getRepository(MonitoredMember), 'monitoredHouseholdId', ['position']),
    causesByHouseholdId: manyByKey(db.getRepository(MonitoredRiskCause), 'monitoredHouseholdId', [{ by: 'cause', rank: CAUSE_RANK }]),
    measuresByHouseholdId: manyByKey(db.getRepository(SupportMeasure), 'monitoredHouseholdId', newestFirst('startDate')),
    householdHistory: changeHistoryLoader(db, 'MonitoredHousehold'),
    measureHistory: changeHistoryLoader(db, 'SupportMeasure'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A member's or a measure's monitored household: the foreign key says it exists. */
export async function householdOf(loaders: Loaders, id: string): Promise<MonitoredHousehold> {
  const household = await loaders.householdById.load(id);
  if (!household) throw new Error(`monitored household ${id} is missing, though a row refers to it`);
  return household;
}
