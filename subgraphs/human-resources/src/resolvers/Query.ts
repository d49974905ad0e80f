// Human-resources entry points for analysts: job seekers and insured persons, keyset-paginated by person key.
import { entityPage, personKeyPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment } from '../entities';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  jobSeekers: async (_, args, { db, loaders }) => {
    const { status, registeredUnemployed, withoutService } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    const query = db.getRepository(EmploymentRecord).createQueryBuilder('r');
    if (status) query.andWhere('r.status = :status', { status });
    if (registeredUnemployed != null) query.andWhere('r.registeredUnemployed = :registeredUnemployed', { registeredUnemployed });
    if (region) query.andWhere('r.regionCode = :region', { region });
    if (withoutService != null) {
      // The window is the database's today, so the answer does not depend on the clock of one service process.
      const recent = db
        .getRepository(EmploymentService)
        .createQueryBuilder('s')
        .select('1')
        .where('s.person_key = r.person_key')
        .andWhere(`s.start_date > current_date - interval '12 months'`);
      query.andWhere(`${withoutService ? 'NOT ' : ''}EXISTS (${recent.getQuery()})`);
    }
    return entityPage(query, args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.employmentByPersonKey.prime(row.personKey, row),
    });
  },

  insuredPersons: async (_, args, { db }) => {
    const { scheme, status } = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    // A person qualifies when one enrolment meets every condition at once; a person has several enrolments.
    const query = db.getRepository(SocialInsuranceEnrollment).createQueryBuilder('e');
    if (scheme) query.andWhere('e.scheme = :scheme', { scheme });
    if (status) query.andWhere('e.status = :status', { status });
    if (region) query.andWhere('e.regionCode = :region', { region });
    return personKeyPage(query.select('e.person_key', 'key').groupBy('e.person_key'), 'e.person_key', args);
  },
};
