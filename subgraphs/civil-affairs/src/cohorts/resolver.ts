// Query.cohort: a page of the persons a cohort condition selects, in key order, with the whole cohort's count.
import { astFromValue, GraphQLResolveInfo, isInputType, valueFromASTUntyped } from 'graphql';
import { logger } from '../../../../shared/src/log';
import { encodeCursor, pageWindow } from '../../../../shared/src/pagination';
import { personKeyArg } from '../../../../shared/src/validate';
import type { Person } from '../entities';
import type { QueryResolvers } from '../generated/graphql';
import { cohortStream } from './evaluate';
import { countRest, KeyCursor, takeKeys } from './streams';

/**
 * The condition as JSON, as the caller's variables gave it: the other agencies' lists are asked with it as their
 * variables, and their scalars (Money, Date) go back to the form they parse.
 */
export function asJson(condition: unknown, info: GraphQLResolveInfo): unknown {
  const type = info.schema.getType('CohortCondition');
  if (!type || !isInputType(type)) throw new Error('civil affairs serves no CohortCondition input type');
  const ast = astFromValue(condition, type);
  return ast && valueFromASTUntyped(ast);
}

export const cohortQuery: Pick<QueryResolvers, 'cohort'> = {
  cohort: async (_, args, { db, identity, onBehalf, loaders, access }, info) => {
    const window = pageWindow(args);
    const after = window.afterKey === null ? null : personKeyArg('after', window.afterKey);
    const condition = asJson(args.condition, info);
    const sources = { db, identity, graph: onBehalf };
    const cursor = new KeyCursor(cohortStream(condition, sources, { after }));
    // One key more than the page tells whether another page follows.
    const keys = await takeKeys(cursor, window.limit + 1);
    const page = keys.slice(0, window.limit);
    for (const key of page) access.persons.add(key);
    const rows = await loaders.personByKey.loadMany(page);
    const nodes = rows.filter((row): row is Person => {
      if (row instanceof Error) throw row;
      // Every person any agency holds is in the index (DESIGN.md); one that is not cannot be a node.
      if (!row) logger.warn({ subgraph: 'civil-affairs' }, 'a cohort key is not in the person index');
      return Boolean(row);
    });
    // The first page's stream goes on to the end for the count; a later page's count reads the cohort from its start.
    let count: Promise<number> | undefined;
    const totalCount = () =>
      (count ??=
        after === null ? countRest(cursor).then((rest) => keys.length + rest) : countRest(new KeyCursor(cohortStream(condition, sources))));
    return {
      nodes,
      pageInfo: { hasNextPage: keys.length > window.limit, endCursor: page.length ? encodeCursor(page[page.length - 1]) : null },
      totalCount,
    };
  },
};
