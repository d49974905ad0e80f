// Development-reform entry points: the analysts' list of placed persons, the list of institutions, the plan's targets.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { badUserInput } from '../../../../shared/src/errors';
import { entityPage } from '../../../../shared/src/pagination';
import { intRangeArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { CarePlacement, PlanTarget, SupportInstitution } from '../entities';
import type { PlacedPersonFilter, QueryResolvers } from '../generated/graphql';

/** The years the plans in the commission's records cover: 十四五 and 十五五; the migration holds the same. */
const PLAN_YEARS = [2021, 2030] as const;

/** The current placements of the persons placedPersons(filter) lists, one per person: the list and its cohort keys. */
function placedMatching(db: DataSource, filter?: PlacedPersonFilter | null) {
  const f = filter ?? {};
  const region = regionCodeArg('filter.regionCode', f.regionCode);
  const institutionId = f.institutionId != null ? uuidArg('filter.institutionId', f.institutionId) : null;

  // One PLACED placement per person (care_placement_one_current).
  const query = db.getRepository(CarePlacement).createQueryBuilder('p').where("p.status = 'PLACED'");
  if (f.careLevel) query.andWhere('p.careLevel = :careLevel', { careLevel: f.careLevel });
  if (institutionId) query.andWhere('p.institutionId = :institutionId', { institutionId });
  if (region || f.kind) {
    const institutions = db.getRepository(SupportInstitution).createQueryBuilder('i').select('i.id');
    if (region) institutions.andWhere('i.region_code = :region');
    if (f.kind) institutions.andWhere('i.kind = :kind');
    query.andWhere(`p.institution_id IN (${institutions.getQuery()})`, { region, kind: f.kind });
  }
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  placedPersons: (db, filter: PlacedPersonFilter | null | undefined) => ({ query: placedMatching(db, filter), column: 'p.person_key' }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  // Not primed: a person's placements are a list (an ended one may come before), and the page holds one of them.
  placedPersons: async (_, args, { db }) =>
    entityPage(placedMatching(db, args.filter), args, { key: 'personKey', toNode: (row) => ({ id: row.personKey }) }),

  supportInstitutions: async (_, args, { db, loaders }) => {
    const f = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', f.regionCode);
    if (f.occupancyAbove != null && !(f.occupancyAbove >= 0 && f.occupancyAbove <= 1))
      throw badUserInput('filter.occupancyAbove', `must be a share from 0 to 1 (0.8: over 80% full), got ${f.occupancyAbove}`);

    const query = db.getRepository(SupportInstitution).createQueryBuilder('i');
    if (region) query.andWhere('i.regionCode = :region', { region });
    if (f.kind) query.andWhere('i.kind = :kind', { kind: f.kind });
    if (f.occupancyAbove != null) {
      const residents = db
        .getRepository(CarePlacement)
        .createQueryBuilder('p')
        .select('count(*)')
        .where('p.institution_id = i.id')
        .andWhere("p.status = 'PLACED'");
      // An institution without beds (a new build) has no occupancy, and is left out.
      query
        .andWhere('i.beds > 0')
        .andWhere(`(${residents.getQuery()}) > CAST(:occupancy AS numeric) * i.beds`, { occupancy: f.occupancyAbove });
    }
    return entityPage(query, args, {
      key: 'id',
      toNode: (row) => row,
      prime: (row) => loaders.institutionById.prime(row.id, row),
    });
  },

  planTargets: (_, args, { db }) => {
    const region = regionCodeArg('regionCode', args.regionCode);
    const year = intRangeArg('year', args.year, ...PLAN_YEARS);
    return db.getRepository(PlanTarget).find({
      where: { ...(region ? { regionCode: region } : {}), ...(year ? { year } : {}) },
      order: { regionCode: 'ASC', year: 'ASC' },
    });
  },
};
