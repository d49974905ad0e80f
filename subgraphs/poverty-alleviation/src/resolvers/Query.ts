// Poverty-alleviation entry point for analysts: members of monitored households by county, category, cause, status and support.
import { entityPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { MonitoredHousehold, MonitoredMember, MonitoredRiskCause, SupportMeasure } from '../entities';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  monitoredPersons: async (_, args, { db, loaders }) => {
    const { category, cause, status, withoutMeasure } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);

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
    return entityPage(query, args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.memberByPersonKey.prime(row.personKey, row),
    });
  },
};
