// Trade-union entry point for analysts: difficult workers, keyset-paginated by person key.
import type { DataSource } from 'typeorm';
import { detailScope } from '../../../../shared/src/auth/roles';
import type { Identity } from '../../../../shared/src/auth/tokens';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { forbidden } from '../../../../shared/src/errors';
import { entityPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { DifficultWorkerFile, UnionAid } from '../entities';
import type { DifficultWorkerFilter, QueryResolvers } from '../generated/graphql';

/** The files of the workers difficultWorkers(filter) lists, one per person: the list and its cohort keys. */
function workersMatching(db: DataSource, filter: DifficultWorkerFilter | null | undefined, identity: Identity) {
  // withoutAidSince is already checked by the Date scalar.
  const { level, status, reason, withoutAidSince } = filter ?? {};
  const region = regionCodeArg('filter.regionCode', filter?.regionCode);
  // The reason is a detail field; filtering by it would disclose it to callers who may not read it.
  if (reason && !identity.scopes.includes(detailScope('trade-union'))) {
    throw forbidden(`filter.reason needs scope ${detailScope('trade-union')}; role ${identity.role} does not have it`);
  }
  const query = db.getRepository(DifficultWorkerFile).createQueryBuilder('f');
  if (level) query.andWhere('f.level = :level', { level });
  if (status) query.andWhere('f.status = :status', { status });
  if (reason) query.andWhere('f.reason = :reason', { reason });
  if (region) query.andWhere('f.regionCode = :region', { region });
  if (withoutAidSince) {
    const recent = db
      .getRepository(UnionAid)
      .createQueryBuilder('a')
      .select('1')
      .where('a.person_key = f.person_key')
      .andWhere("a.status = 'GRANTED'")
      .andWhere('a.granted_on >= :withoutAidSince', { withoutAidSince });
    // OFFSET 0 keeps the check a probe of union_aid_person_granted per file, in the page's order: as an anti-join
    // the planner may hash all of union_aid to find the first page's few files (test/sql-plans.test.ts).
    query.andWhere(`NOT EXISTS (${recent.getQuery()} OFFSET 0)`).setParameters(recent.getParameters());
  }
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  difficultWorkers: (db, filter: DifficultWorkerFilter | null | undefined, identity) => ({
    query: workersMatching(db, filter, identity),
    column: 'f.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  difficultWorkers: async (_, args, { db, identity, loaders }) =>
    entityPage(workersMatching(db, args.filter, identity), args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.fileByPersonKey.prime(row.personKey, row),
    }),
};
