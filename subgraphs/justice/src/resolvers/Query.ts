// Justice entry points for analysts: legal aid recipients and mediation parties, keyset-paginated by person key.
import { personKeyPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { DisputeMediation, LegalAidCase } from '../entities';
import type { QueryResolvers } from '../generated/graphql';
import { programmesOf } from '../rules';

export const Query: QueryResolvers = {
  legalAidRecipients: (_, args, { db }) => {
    const { category, status, meansTestWaived } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    // A person qualifies when one of their cases meets every condition at once.
    const query = db.getRepository(LegalAidCase).createQueryBuilder('c').select('c.person_key', 'key').groupBy('c.person_key');
    if (region) query.andWhere('c.region_code = :region', { region });
    if (category) query.andWhere('c.category = :category', { category });
    if (status) query.andWhere('c.status = :status', { status });
    if (meansTestWaived != null) query.andWhere('c.means_test_waived = :meansTestWaived', { meansTestWaived });
    return personKeyPage(query, 'c.person_key', args);
  },

  mediationParties: (_, args, { db }) => {
    const { programme, unit, status, result } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    const query = db.getRepository(DisputeMediation).createQueryBuilder('m').select('m.person_key', 'key').groupBy('m.person_key');
    if (region) query.andWhere('m.region_code = :region', { region });
    if (programme) query.andWhere('m.programme = :programme', { programme });
    if (unit) query.andWhere('m.programme = ANY(:programmes)', { programmes: programmesOf(unit) });
    if (status) query.andWhere('m.status = :status', { status });
    if (result) query.andWhere('m.result = :result', { result });
    return personKeyPage(query, 'm.person_key', args);
  },
};
