// Human-resources entry points for analysts: job seekers and insured persons, keyset-paginated by person key.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { entityPage, personKeyPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment } from '../entities';
import type { InsuredPersonFilter, JobSeekerFilter, QueryResolvers } from '../generated/graphql';

/** The employment records of the persons jobSeekers(filter) lists, one per person: the list and its cohort keys. */
function jobSeekersMatching(db: DataSource, filter?: JobSeekerFilter | null) {
  const { status, registeredUnemployed, withoutService } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
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
  return query;
}

/** The persons insuredPersons(filter) lists, grouped by key: the list and its cohort keys. */
function insuredPersonsMatching(db: DataSource, filter?: InsuredPersonFilter | null) {
  const { scheme, status } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
  // A person qualifies when one enrolment meets every condition at once; a person has several enrolments.
  const query = db.getRepository(SocialInsuranceEnrollment).createQueryBuilder('e');
  if (scheme) query.andWhere('e.scheme = :scheme', { scheme });
  if (status) query.andWhere('e.status = :status', { status });
  if (region) query.andWhere('e.regionCode = :region', { region });
  return query.select('e.person_key', 'key').groupBy('e.person_key');
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  jobSeekers: (db, filter: JobSeekerFilter | null | undefined) => ({ query: jobSeekersMatching(db, filter), column: 'r.person_key' }),
  insuredPersons: (db, filter: InsuredPersonFilter | null | undefined) => ({
    query: insuredPersonsMatching(db, filter),
    column: 'e.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  jobSeekers: async (_, args, { db, loaders }) =>
    entityPage(jobSeekersMatching(db, args.filter), args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.employmentByPersonKey.prime(row.personKey, row),
    }),

  insuredPersons: async (_, args, { db }) => personKeyPage(insuredPersonsMatching(db, args.filter), 'e.person_key', args),
};
