// Health entry point for analysts: medical assistance recipients, keyset-paginated by person key.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { badUserInput } from '../../../../shared/src/errors';
import { entityPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { HealthFile, MedicalAssistanceSettlement } from '../entities';
import type { MedicalAssistanceRecipientFilter, QueryResolvers } from '../generated/graphql';

/** The health files of the persons medicalAssistanceRecipients(filter) lists: the list and its cohort keys. */
function recipientsMatching(db: DataSource, filter?: MedicalAssistanceRecipientFilter | null) {
  const { settledFrom, settledTo, oneStop, minSelfPaid } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
  if (settledFrom && settledTo && settledFrom > settledTo) {
    throw badUserInput(
      'filter.settledFrom',
      `${settledFrom} is after filter.settledTo ${settledTo}; give a range with from on or before to`,
    );
  }
  // A person qualifies when one settlement meets every condition at once; a reversed settlement never counts
  // (a literal, so the filter index, which holds settled bills only, serves the query).
  const settlements = db
    .getRepository(MedicalAssistanceSettlement)
    .createQueryBuilder('s')
    .select('s.person_key')
    .where(`s.status = 'SETTLED'`);
  if (settledFrom) settlements.andWhere('s.settled_on >= :settledFrom', { settledFrom });
  if (settledTo) settlements.andWhere('s.settled_on <= :settledTo', { settledTo });
  if (oneStop != null) settlements.andWhere('s.one_stop = :oneStop', { oneStop });
  if (minSelfPaid != null) settlements.andWhere('s.self_paid_fen >= :minSelfPaid', { minSelfPaid: minSelfPaid.toString() });
  const query = db
    .getRepository(HealthFile)
    .createQueryBuilder('f')
    .where(`f.person_key IN (${settlements.getQuery()})`)
    .setParameters(settlements.getParameters());
  if (region) query.andWhere('f.regionCode = :region', { region });
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  medicalAssistanceRecipients: (db, filter: MedicalAssistanceRecipientFilter | null | undefined) => ({
    query: recipientsMatching(db, filter),
    column: 'f.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  medicalAssistanceRecipients: async (_, args, { db, loaders }) =>
    entityPage(recipientsMatching(db, args.filter), args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.healthFileByPersonKey.prime(row.personKey, row),
    }),
};
