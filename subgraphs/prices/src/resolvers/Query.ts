// Price-bureau entry points: the analysts' list of survey households, the published indices, the standards' price basis,
// and the linkage of assistance standards to prices: a month's decision and the rules.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { badUserInput } from '../../../../shared/src/errors';
import { entityPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { PriceIndex, PriceLinkageRule, StandardBasis, SurveyHousehold, SurveyMonth } from '../entities';
import { monthArg } from '../figures';
import type { QueryResolvers, SurveyHouseholdFilter } from '../generated/graphql';
import { decide } from '../linkage';

const optionalMonth = (field: string, value: string | null | undefined) => (value == null ? null : monthArg(field, value));

/** The survey households (by their person) surveyHouseholds(filter) lists, one per person: the list and its cohort keys. */
function surveyedMatching(db: DataSource, filter?: SurveyHouseholdFilter | null) {
  const f = filter ?? {};
  const region = regionCodeArg('filter.regionCode', f.regionCode);
  const month = optionalMonth('filter.month', f.month);
  const query = db.getRepository(SurveyHousehold).createQueryBuilder('h');
  if (region) query.andWhere('h.regionCode = :region', { region });
  if (f.stratum) query.andWhere('h.stratum = :stratum', { stratum: f.stratum });
  if (f.status) query.andWhere('h.status = :status', { status: f.status });
  if (month) {
    // A probe of survey_month's (person_key, month) key per household.
    const recorded = db
      .getRepository(SurveyMonth)
      .createQueryBuilder('m')
      .select('1')
      .where('m.person_key = h.person_key')
      .andWhere('m.month = :month');
    query.andWhere(`EXISTS (${recorded.getQuery()})`, { month });
  }
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  surveyHouseholds: (db, filter: SurveyHouseholdFilter | null | undefined) => ({
    query: surveyedMatching(db, filter),
    column: 'h.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  surveyHouseholds: async (_, args, { db, loaders }) =>
    entityPage(surveyedMatching(db, args.filter), args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.householdByPersonKey.prime(row.personKey, row),
    }),

  priceIndices: async (_, args, { db }) => {
    const f = args.filter ?? {};
    const from = optionalMonth('filter.from', f.from);
    const to = optionalMonth('filter.to', f.to);
    if (from && to && from > to) throw badUserInput('filter.from', `must not be after filter.to (${to}), got ${from}`);
    const query = db.getRepository(PriceIndex).createQueryBuilder('i');
    if (f.kind) query.andWhere('i.kind = :kind', { kind: f.kind });
    if (from) query.andWhere('i.month >= :from', { from });
    if (to) query.andWhere('i.month <= :to', { to });
    // The id is month:kind, so its order is the series' order.
    return entityPage(query, args, { key: 'id', toNode: (row) => row });
  },

  standardPriceBases: (_, { regionCode }, { db }) => {
    const region = regionCodeArg('regionCode', regionCode);
    return db.getRepository(StandardBasis).find({ where: region ? { regionCode: region } : {}, order: { regionCode: 'ASC' } });
  },

  priceLinkage: (_, { month }, { db }) => decide(db, monthArg('month', month)),

  priceLinkageRules: (_, __, { db }) => db.getRepository(PriceLinkageRule).find({ order: { seq: 'ASC' } }),
};
