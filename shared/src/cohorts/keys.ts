// The person keys each agency's person list answers, sorted and in pages, for cohorts (issue 14): an agency evaluates
// its own list filter over its own tables and answers keys; civil affairs combines the agencies' sorted streams
// (and/or/not) over the federation, or asks a list which of a small side's keys it selects (`among`) instead of
// reading it whole. Every key answered is on the answering agency's access log.
import { readFileSync } from 'node:fs';
import { DocumentNode, GraphQLResolveInfo, Kind, parse, TypeNode } from 'graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { recordsScope } from '../auth/roles';
import type { Identity } from '../auth/tokens';
import type { AccessRecord } from '../audit/recorder';
import { badUserInput } from '../errors';
import { projectPath } from '../paths';
import { isPersonKey } from '../person-key';
import { personKeyArg } from '../validate';

/** The most keys one page gives: 10,000 keys are about 250 kB of JSON, and a million-person cohort a hundred pages. */
export const COHORT_KEYS_PAGE_MAX = 10_000;

/** `disabledPersons` → `disabledPersonsCohortKeys`. */
export const cohortKeysFieldName = (list: string) => `${list}CohortKeys`;

/** A list's filter as SQL: the rows it selects, and the column that holds each one's person key. */
export interface CohortKeyQuery {
  /** Selects each matching person's key once (filters are EXISTS/IN, or the rows are grouped by the key column). */
  query: SelectQueryBuilder<ObjectLiteral>;
  /** The key column as SQL (`c.person_key`): pages are ordered and keyset by it, so an index should give it in order. */
  column: string;
}

/**
 * What an agency declares for a list (SubgraphDefinition.cohortKeys): the list's filter, checked as the list checks it
 * (BAD_USER_INPUT naming the field), as the query of its matching persons. The list pages the same query, so the
 * two cannot disagree. `F` is the list's generated filter type; the kit passes the argument as the SDL parsed it.
 */
export type CohortKeySource<F = never> = (db: DataSource, filter: F | null | undefined, identity: Identity) => CohortKeyQuery;

/** A list that returns persons (or households) by filter, as the SDL declares it. */
export interface CohortKeyList {
  agency: string;
  /** The list field (`disabledPersons`). */
  list: string;
  /** The field its keys are served by (`disabledPersonsCohortKeys`). */
  field: string;
  /** The list's filter input type, which the keys field takes as it is. */
  filterType: string;
  /** What the list's nodes are; a household list's keys are its members' person keys. */
  node: 'Person' | 'Household';
}

const unwrapped = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : unwrapped(type.type));

/**
 * The agency's person lists: Query fields with a `filter` whose connection's nodes are Person or Household. Read off
 * the SDL alone, so that composition and codegen see the keys fields without loading an agency's code.
 */
export function cohortKeyListsOf(agency: string, sdl: string | DocumentNode): CohortKeyList[] {
  const doc = typeof sdl === 'string' ? parse(sdl) : sdl;
  const objects = doc.definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION);
  const nodesOf = (type: string) => {
    const nodes = objects.filter((d) => d.name.value === type).flatMap((d) => d.fields ?? []);
    const field = nodes.find((f) => f.name.value === 'nodes');
    return field && unwrapped(field.type);
  };
  return objects
    .filter((d) => d.name.value === 'Query')
    .flatMap((d) => d.fields ?? [])
    .flatMap((field): CohortKeyList[] => {
      const filter = field.arguments?.find((a) => a.name.value === 'filter');
      const node = nodesOf(unwrapped(field.type));
      if (!filter || (node !== 'Person' && node !== 'Household')) return [];
      const list = field.name.value;
      return [{ agency, list, field: cohortKeysFieldName(list), filterType: unwrapped(filter.type), node }];
    });
}

/** Every person list of these agencies (the registry's, say), for civil affairs to build its cohort conditions from. */
export const cohortKeyLists = (agencies: readonly string[]): CohortKeyList[] =>
  agencies.flatMap((agency) => cohortKeyListsOf(agency, readFileSync(projectPath('subgraphs', agency, 'schema.graphql'), 'utf8')));

const PAGE_SDL = `"A page of the person keys one agency's list selects: one condition of a cohort."
type CohortKeyPage @shareable {
  "Person keys, ascending, each once."
  keys: [ID!]!
  "Whether keys after the last one remain."
  hasMore: Boolean!
}
`;

/** The keys fields of an agency's person lists (shared/src/schema.ts appends them); none for an agency without one. */
export function cohortKeysSdl(agency: string, agencySdl: string): string {
  const lists = cohortKeyListsOf(agency, agencySdl);
  if (lists.length === 0) return '';
  const fields = lists.map(
    (l) => `  """
  The person keys ${l.list}(filter) selects${l.node === 'Household' ? " (its households' members)" : ''}, ascending, each once: one condition
  of a cohort. A page holds the first \`first\` keys (1 to ${COHORT_KEYS_PAGE_MAX}) after the key \`after\`; with \`among\` (at most
  ${COHORT_KEYS_PAGE_MAX} person keys, in any order) only those of them it selects. Each key answered is on the ${agency} access log.
  """
  ${l.field}(filter: ${l.filterType}, among: [ID!], after: ID, first: Int = ${COHORT_KEYS_PAGE_MAX}): CohortKeyPage @requiresScopes(scopes: [["${recordsScope(agency)}"]])`,
  );
  return `\n${PAGE_SDL}\nextend type Query {\n${fields.join('\n')}\n}\n`;
}

/** Where a page starts and how long it is; `among`, the only keys it may hold. */
export interface CohortKeyPageArgs {
  among?: readonly string[] | null;
  after?: string | null;
  first?: number | null;
}

export interface CohortKeyPage {
  keys: string[];
  hasMore: boolean;
}

/** The keys a page is asked about: at most a page of person keys (BAD_USER_INPUT naming among otherwise). */
function amongArg(among: readonly string[]): readonly string[] {
  if (among.length > COHORT_KEYS_PAGE_MAX)
    throw badUserInput('among', `lists ${among.length} keys; a page is asked about at most ${COHORT_KEYS_PAGE_MAX}`);
  const bad = among.findIndex((key) => !isPersonKey(key));
  if (bad >= 0) throw badUserInput('among', `key ${bad + 1} is not a person id of this graph (a 23-character pseudonymous key)`);
  return among;
}

/**
 * One page of a source's keys: `column > after ORDER BY column LIMIT first + 1`, the extra row telling whether more
 * remain; with `among`, `AND column = ANY(among)`, which the key column's index answers. Checks `first`, `after` and
 * `among` (BAD_USER_INPUT naming them). Civil affairs' cohorts read its own lists this way, without HTTP.
 */
export async function cohortKeyPage({ query, column }: CohortKeyQuery, args: CohortKeyPageArgs): Promise<CohortKeyPage> {
  const first = args.first ?? COHORT_KEYS_PAGE_MAX;
  if (!Number.isInteger(first) || first < 1 || first > COHORT_KEYS_PAGE_MAX)
    throw badUserInput('first', `must be an integer from 1 to ${COHORT_KEYS_PAGE_MAX}, got ${first}`);
  const after = args.after == null ? null : personKeyArg('after', args.after);
  const among = args.among == null ? null : amongArg(args.among);
  if (among?.length === 0) return { keys: [], hasMore: false };
  const page = query.clone().select(column, 'key');
  if (after !== null) page.andWhere(`${column} > :cohortKeysAfter`, { cohortKeysAfter: after });
  if (among !== null) page.andWhere(`${column} = ANY(:cohortKeysAmong)`, { cohortKeysAmong: among });
  const rows = await page
    .orderBy(column)
    .limit(first + 1)
    .getRawMany<{ key: string }>();
  const keys = rows.slice(0, first).map((r) => r.key);
  // Streams are merged by comparing keys as strings: a database whose collation orders them otherwise (or a source
  // that gives a key twice) would make the merge silently wrong, so it fails here instead.
  for (let i = 1; i < keys.length; i++)
    if (!(keys[i - 1] < keys[i]))
      throw new Error(
        `cohort keys out of order (${keys[i - 1]} then ${keys[i]}): the source repeats a key, or the database does not order text by code point (collation "C" or "C.UTF-8")`,
      );
  return { keys, hasMore: rows.length > first };
}

interface CohortKeysContext {
  db: DataSource;
  identity: Identity;
  access: AccessRecord;
}

/** The resolver of a list's keys field: the agency's source under the caller's filter, one page, each key on the log. */
export function cohortKeysResolver(source: CohortKeySource) {
  // The arguments are on access.filters already, under the field's name: the policy wrapper records every root
  // field's (shared/src/auth/policy.ts).
  return async (
    _: unknown,
    args: CohortKeyPageArgs & { filter?: unknown },
    { db, identity, access }: CohortKeysContext,
    info: GraphQLResolveInfo,
  ): Promise<CohortKeyPage> => {
    // The keys of `among` are the asker's (a cohort's other sides, sent by civil affairs), not this agency's records:
    // it reads its own records for them and answers those its filter selects, which are on the log as persons, as a
    // page's are. The entry keeps how many keys were asked rather than the keys, so that one unit's candidates are not
    // copied into another unit's log; civil affairs' own entry keeps the condition they came from.
    if (args.among != null) {
      const logged = access.filters[info.fieldName];
      if (logged && typeof logged === 'object') access.filters[info.fieldName] = { ...logged, among: `${args.among.length} keys` };
    }
    // The generated filter type is the agency's; the SDL has parsed the argument into it.
    const page = await cohortKeyPage(source(db, args.filter as never, identity), args);
    for (const key of page.keys) access.persons.add(key);
    return page;
  };
}

/**
 * The keys resolvers of an agency: one for each person list its SDL declares. A list without a source, or a source
 * for no such list, stops the subgraph at start, naming it.
 */
export function cohortKeysResolvers(
  agency: string,
  typeDefs: DocumentNode,
  sources: Readonly<Record<string, CohortKeySource>> = {},
): Record<string, ReturnType<typeof cohortKeysResolver>> {
  const lists = cohortKeyListsOf(agency, typeDefs);
  const missing = lists.filter((l) => !Object.hasOwn(sources, l.list)).map((l) => l.list);
  const unknown = Object.keys(sources).filter((name) => !lists.some((l) => l.list === name));
  if (missing.length || unknown.length)
    throw new Error(
      `${agency}: ${[
        ...(missing.length
          ? [`its person lists ${missing.join(', ')} answer cohort keys: declare cohortKeys for them in its definition`]
          : []),
        ...(unknown.length ? [`cohortKeys names ${unknown.join(', ')}, which are not person lists of its schema`] : []),
      ].join('; ')} (shared/src/cohorts/keys.ts)`,
    );
  return Object.fromEntries(lists.map((l) => [l.field, cohortKeysResolver(sources[l.list])]));
}
