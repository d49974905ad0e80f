// Agriculture's entry point for analysts: heads holding an ACTIVE contract, by county, area and what of its land is transferred.
import { entityPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { decimalOf, muArg } from '../area';
import { LandContract, LandTransfer } from '../entities';
import type { QueryResolvers } from '../generated/graphql';
import { MAX_CONTRACT_MU } from '../rules';

export const Query: QueryResolvers = {
  landHolders: (_, args, { db }) => {
    const { transferred, specialGroup, minAreaMu } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
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
    return entityPage(query, args, { key: 'personKey', toNode: (row) => ({ id: row.personKey }) });
  },
};
