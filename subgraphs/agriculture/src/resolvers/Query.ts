// Agriculture's entry point for analysts: heads holding an ACTIVE contract, by county, area and what of its land is transferred.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { entityPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { decimalOf, muArg } from '../area';
import { LandContract, LandTransfer } from '../entities';
import type { LandHolderFilter, QueryResolvers } from '../generated/graphql';
import { MAX_CONTRACT_MU } from '../rules';

/** The ACTIVE contracts of the heads landHolders(filter) lists, one per person: the list and its cohort keys. */
function holdersMatching(db: DataSource, filter?: LandHolderFilter | null) {
  const { transferred, specialGroup, minAreaMu } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
  const minArea = minAreaMu == null ? null : decimalOf(muArg('filter.minAreaMu', minAreaMu, { max: MAX_CONTRACT_MU, inclusive: true }));
  // A head holds one ACTIVE contract (land_contract_one_active), so each row is one person, in person-key order.
  const query = db.getRepository(LandContract).createQueryBuilder('c').where("c.status = 'ACTIVE'");
  if (region) query.andWhere('c.regionCode = :region', { region });
  if (minArea) query.andWhere('c.areaMu >= :minArea', { minArea });
  const activeTransfers = (alias: string) =>
    db
      .getRepository(LandTransfer)
      .createQueryBuilder(alias)
      .select('1')
      .where(`${alias}.contract_id = c.id`)
      .andWhere(`${alias}.status = 'ACTIVE'`);
  if (transferred != null) query.andWhere(`${transferred ? '' : 'NOT '}EXISTS (${activeTransfers('t').getQuery()})`);
  if (specialGroup) {
    const arranged = activeTransfers('g').andWhere('g.special_group = :specialGroup');
    query.andWhere(`EXISTS (${arranged.getQuery()})`, { specialGroup });
  }
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  landHolders: (db, filter: LandHolderFilter | null | undefined) => ({ query: holdersMatching(db, filter), column: 'c.person_key' }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  landHolders: (_, args, { db }) =>
    entityPage(holdersMatching(db, args.filter), args, { key: 'personKey', toNode: (row) => ({ id: row.personKey }) }),
};
