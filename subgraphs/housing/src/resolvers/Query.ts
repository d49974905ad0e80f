// Housing entry points for analysts: assistance recipients and property holders, keyset-paginated by person key.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { badUserInput } from '../../../../shared/src/errors';
import { personKeyPage } from '../../../../shared/src/pagination';
import { intRangeArg, regionCodeArg } from '../../../../shared/src/validate';
import { HousingAssistance, PropertyHolding } from '../entities';
import type { HousingAssistanceFilter, PropertyHolderFilter, QueryResolvers } from '../generated/graphql';

const MAX_AREA_SQM = 1_000_000;

function areaArg(field: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > MAX_AREA_SQM) {
    throw badUserInput(field, `must be a number of square metres from 0 to ${MAX_AREA_SQM}, got ${value}`);
  }
  return value;
}

/** The persons housingAssistanceRecipients(filter) lists, grouped by key: the list and its cohort keys. */
function recipientsMatching(db: DataSource, filter?: HousingAssistanceFilter | null) {
  const { kind, status } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
  // A person qualifies when one of their records meets every condition at once.
  const query = db.getRepository(HousingAssistance).createQueryBuilder('a').select('a.person_key', 'key').groupBy('a.person_key');
  if (kind) query.andWhere('a.kind = :kind', { kind });
  if (status) query.andWhere('a.status = :status', { status });
  if (region) query.andWhere('a.region_code = :region', { region });
  return query;
}

/** The persons propertyHolders(filter) lists, grouped by key: the list and its cohort keys. */
function holdersMatching(db: DataSource, filter?: PropertyHolderFilter | null) {
  const minHoldings = intRangeArg('filter.minHoldings', filter?.minHoldings, 1, 50);
  const minArea = areaArg('filter.minTotalAreaSqm', filter?.minTotalAreaSqm);
  const kind = filter?.kind;
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
  // Only what the person holds now counts; an ended holding is history.
  const query = db
    .getRepository(PropertyHolding)
    .createQueryBuilder('h')
    .select('h.person_key', 'key')
    .where('h.ended_on IS NULL')
    .groupBy('h.person_key');
  if (kind) query.andWhere('h.kind = :kind', { kind });
  if (region) query.andWhere('h.region_code = :region', { region });
  if (minHoldings != null) query.andHaving('count(*) >= :minHoldings', { minHoldings });
  if (minArea != null) query.andHaving('sum(h.area_sqm) >= :minArea', { minArea });
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  housingAssistanceRecipients: (db, filter: HousingAssistanceFilter | null | undefined) => ({
    query: recipientsMatching(db, filter),
    column: 'a.person_key',
  }),
  propertyHolders: (db, filter: PropertyHolderFilter | null | undefined) => ({
    query: holdersMatching(db, filter),
    column: 'h.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  housingAssistanceRecipients: (_, args, { db }) => personKeyPage(recipientsMatching(db, args.filter), 'a.person_key', args),
  propertyHolders: (_, args, { db }) => personKeyPage(holdersMatching(db, args.filter), 'h.person_key', args),
};
