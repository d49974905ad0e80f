// Justice entry points for analysts: legal aid recipients and mediation parties, keyset-paginated by person key.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { personKeyPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { DisputeMediation, LegalAidCase } from '../entities';
import type { LegalAidRecipientFilter, MediationPartyFilter, QueryResolvers } from '../generated/graphql';
import { programmesOf } from '../rules';

/** The persons legalAidRecipients(filter) lists, grouped by key: the list and its cohort keys. */
function recipientsMatching(db: DataSource, filter?: LegalAidRecipientFilter | null) {
  const { category, status, meansTestWaived } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
  // A person qualifies when one of their cases meets every condition at once.
  const query = db.getRepository(LegalAidCase).createQueryBuilder('c').select('c.person_key', 'key').groupBy('c.person_key');
  if (region) query.andWhere('c.region_code = :region', { region });
  if (category) query.andWhere('c.category = :category', { category });
  if (status) query.andWhere('c.status = :status', { status });
  if (meansTestWaived != null) query.andWhere('c.means_test_waived = :meansTestWaived', { meansTestWaived });
  return query;
}

/** The persons mediationParties(filter) lists, grouped by key: the list and its cohort keys. */
function partiesMatching(db: DataSource, filter?: MediationPartyFilter | null) {
  const { programme, unit, status, result } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
  const query = db.getRepository(DisputeMediation).createQueryBuilder('m').select('m.person_key', 'key').groupBy('m.person_key');
  if (region) query.andWhere('m.region_code = :region', { region });
  if (programme) query.andWhere('m.programme = :programme', { programme });
  if (unit) query.andWhere('m.programme = ANY(:programmes)', { programmes: programmesOf(unit) });
  if (status) query.andWhere('m.status = :status', { status });
  if (result) query.andWhere('m.result = :result', { result });
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  legalAidRecipients: (db, filter: LegalAidRecipientFilter | null | undefined) => ({
    query: recipientsMatching(db, filter),
    column: 'c.person_key',
  }),
  mediationParties: (db, filter: MediationPartyFilter | null | undefined) => ({
    query: partiesMatching(db, filter),
    column: 'm.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  legalAidRecipients: (_, args, { db }) => personKeyPage(recipientsMatching(db, args.filter), 'c.person_key', args),
  mediationParties: (_, args, { db }) => personKeyPage(partiesMatching(db, args.filter), 'm.person_key', args),
};
