// Housing entry points for analysts: assistance recipients and property holders, keyset-paginated by person key.
import { badUserInput } from '../../../../shared/src/errors';
import { personKeyPage } from '../../../../shared/src/pagination';
import { intRangeArg, regionCodeArg } from '../../../../shared/src/validate';
import { HousingAssistance, PropertyHolding } from '../entities';
import type { QueryResolvers } from '../generated/graphql';

const MAX_AREA_SQM = 1_000_000;

function areaArg(field: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > MAX_AREA_SQM) {
    throw badUserInput(field, `must be a number of square metres from 0 to ${MAX_AREA_SQM}, got ${value}`);
  }
  return value;
}

export const Query: QueryResolvers = {
  housingAssistanceRecipients: (_, args, { db }) => {
    const { kind, status } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    // A person qualifies when one of their records meets every condition at once.
    const query = db.getRepository(HousingAssistance).createQueryBuilder('a').select('a.person_key', 'key').groupBy('a.person_key');
    if (kind) query.andWhere('a.kind = :kind', { kind });
    if (status) query.andWhere('a.status = :status', { status });
    if (region) query.andWhere('a.region_code = :region', { region });
    return personKeyPage(query, 'a.person_key', args);
  },

  propertyHolders: (_, args, { db }) => {
    const minHoldings = intRangeArg('filter.minHoldings', args.filter?.minHoldings, 1, 50);
    const minArea = areaArg('filter.minTotalAreaSqm', args.filter?.minTotalAreaSqm);
    const kind = args.filter?.kind;
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
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
    return personKeyPage(query, 'h.person_key', args);
  },
};
