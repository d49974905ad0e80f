// County entry points: a county and a township by code, and the analysts' lists of supervision items and decisions.
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { cityToday } from '../../../../shared/src/dates';
import { badUserInput } from '../../../../shared/src/errors';
import { entityPage } from '../../../../shared/src/pagination';
import { regionCodeArg } from '../../../../shared/src/validate';
import { CoordinationDecision, SupervisionItem } from '../entities';
import type { QueryResolvers } from '../generated/graphql';
import { oneWindowQuery } from './OneWindow';
import { regionOf } from './Region';

/** Adds `alias.property = :property` for each condition given. */
function whereEqual<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, conditions: Record<string, string | null | undefined>) {
  for (const [property, value] of Object.entries(conditions)) {
    if (value != null) query.andWhere(`${query.alias}.${property} = :${property}`, { [property]: value });
  }
}

/** Overdue or not, as isOverdue (rules.ts) has it: not DONE and due before the city's today; `due` names the due date. */
function whereOverdue<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, due: string, overdue: boolean | null | undefined) {
  const a = query.alias;
  if (overdue === true) query.andWhere(`${a}.status <> 'DONE' AND ${a}.${due} < :today`, { today: cityToday() });
  if (overdue === false) query.andWhere(`(${a}.status = 'DONE' OR ${a}.${due} >= :today)`, { today: cityToday() });
}

export const Query: QueryResolvers = {
  ...oneWindowQuery,

  region: (_, { code }) => regionOf(regionCodeArg('code', code)!),

  township: (_, { code }, { loaders }) => {
    if (!/^[0-9]{9}$/.test(code))
      throw badUserInput('code', `must be 9 digits (the county's 6, then the township's 3), got ${JSON.stringify(code.slice(0, 20))}`);
    regionCodeArg('code', code.slice(0, 6));
    return loaders.townshipByCode.load(code);
  },

  supervisionItems: (_, args, { db }) => {
    const { unit, status, category, source, overdue } = args.filter ?? {};
    const regionCode = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    const query = db.getRepository(SupervisionItem).createQueryBuilder('i');
    whereEqual(query, { regionCode, unit, status, category, source });
    whereOverdue(query, 'deadline', overdue);
    return entityPage(query, args, { key: 'id', toNode: (row) => row });
  },

  coordinationDecisions: (_, args, { db, loaders }) => {
    const { unit, status, overdue } = args.filter ?? {};
    const regionCode = regionCodeArg('filter.regionCode', args.filter?.regionCode);
    const query = db.getRepository(CoordinationDecision).createQueryBuilder('d');
    whereEqual(query, { regionCode, responsibleUnit: unit, status });
    whereOverdue(query, 'dueDate', overdue);
    return entityPage(query, args, { key: 'id', toNode: (row) => row, prime: (row) => loaders.decisionById.prime(row.id, row) });
  },
};
