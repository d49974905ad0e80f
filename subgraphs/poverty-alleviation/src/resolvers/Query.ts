// Poverty-alleviation entry point for analysts: members of monitored households by county, category, cause, status and support.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { entityPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { MonitoredHousehold, MonitoredMember, MonitoredRiskCause, SupportMeasure } from '../entities';
import type { MonitoredPersonFilter, QueryResolvers } from '../generated/graphql';

/** The members monitoredPersons(filter) lists, each once: the list and its cohort keys. */
function membersMatching(db: DataSource, filter?: MonitoredPersonFilter | null) {
  const { category, cause, status, withoutMeasure } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);

  // Every condition is the household's: its members are listed once each, by person key.
  const households = db.getRepository(MonitoredHousehold).createQueryBuilder('h').select('h.id');
  if (region) households.andWhere('h.regionCode = :region', { region });
  if (category) households.andWhere('h.category = :category', { category });
  if (status) households.andWhere('h.status = :status', { status });
  if (cause) {
    const caused = db
      .getRepository(MonitoredRiskCause)
      .createQueryBuilder('c')
      .select('1')
      .where('c.monitored_household_id = h.id')
      .andWhere('c.cause = :cause', { cause });
    households.andWhere(`EXISTS (${caused.getQuery()})`).setParameters(caused.getParameters());
  }
  if (withoutMeasure != null) {
    const supported = db
      .getRepository(SupportMeasure)
      .createQueryBuilder('s')
      .select('1')
      .where('s.monitored_household_id = h.id')
      .andWhere("s.status = 'ACTIVE'");
    households.andWhere(`${withoutMeasure ? 'NOT ' : ''}EXISTS (${supported.getQuery()})`);
  }

  const query = db.getRepository(MonitoredMember).createQueryBuilder('m');
  if (region || category || status || cause || withoutMeasure != null) {
    query.andWhere(`m.monitored_household_id IN (${households.getQuery()})`).setParameters(households.getParameters());
  }
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  monitoredPersons: (db, filter: MonitoredPersonFilter | null | undefined) => ({
    query: membersMatching(db, filter),
    column: 'm.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  monitoredPersons: async (_, args, { db, loaders }) =>
    entityPage(membersMatching(db, args.filter), args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.memberByPersonKey.prime(row.personKey, row),
    }),
};
