// Disabled-persons entry points: the analysts' list of certified persons by grade, category, county and subsidy.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { badUserInput } from '../../../../shared/src/errors';
import { entityPage } from '../../../../shared/src/pagination';
import { intRangeArg, regionCodeArg } from '../../../../shared/src/validate';
import { DisabilityCertificate, DisabilitySubsidy } from '../entities';
import type { DisabledPersonFilter, QueryResolvers } from '../generated/graphql';

/** A list filter of one-of values: omitted means any; an empty list would match nobody, so it is refused. */
function oneOfArg<T>(field: string, values: T[] | null | undefined, check: (value: T) => void = () => {}): T[] | null {
  if (values == null) return null;
  if (values.length === 0) throw badUserInput(field, 'must name at least one value, or be left out to match any');
  values.forEach(check);
  return values;
}

/** The certificates of the persons disabledPersons(filter) lists, one per person: the list and its cohort keys. */
function disabledPersonsMatching(db: DataSource, filter?: DisabledPersonFilter | null) {
  const f = filter ?? {};
  const grades = oneOfArg('filter.grades', f.grades, (g) => intRangeArg('filter.grades', g, 1, 4));
  const categories = oneOfArg('filter.categories', f.categories);
  const region = regionCodeArg('filter.regionCode', f.regionCode);

  const query = db.getRepository(DisabilityCertificate).createQueryBuilder('c');
  if (grades) query.andWhere('c.grade = ANY(:grades)', { grades });
  if (categories) query.andWhere('c.category = ANY(:categories)', { categories });
  if (region) query.andWhere('c.regionCode = :region', { region });
  if (f.lacksSubsidy) {
    const paid = db
      .getRepository(DisabilitySubsidy)
      .createQueryBuilder('s')
      .select('1')
      .where('s.person_key = c.person_key')
      .andWhere('s.kind = :lacksSubsidy')
      .andWhere("s.status = 'ACTIVE'");
    query.andWhere(`NOT EXISTS (${paid.getQuery()})`, { lacksSubsidy: f.lacksSubsidy });
  }
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  disabledPersons: (db, filter: DisabledPersonFilter | null | undefined) => ({
    query: disabledPersonsMatching(db, filter),
    column: 'c.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  disabledPersons: async (_, args, { db, loaders }) =>
    entityPage(disabledPersonsMatching(db, args.filter), args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.certificateByPersonKey.prime(row.personKey, row),
    }),
};
