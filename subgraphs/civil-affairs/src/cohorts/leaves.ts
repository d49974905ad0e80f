// A cohort's conditions on single lists, as key streams and probes: civil affairs' own lists read from its tables, every
// other agency's list asked page by page over the graph (its <list>CohortKeys field, shared/src/cohorts/keys.ts), or
// asked which of some keys it selects (the field's `among`).
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { recordsScope } from '../../../../shared/src/auth/roles';
import { isPurpose } from '../../../../shared/src/auth/purposes';
import type { Identity } from '../../../../shared/src/auth/tokens';
import { COHORT_KEYS_PAGE_MAX, CohortKeyList, cohortKeyPage, CohortKeyPage } from '../../../../shared/src/cohorts/keys';
import { badUserInput, forbidden, unavailable } from '../../../../shared/src/errors';
import { GraphClient, GraphError, GraphRefused, GraphUnreachable } from '../../../../shared/src/graph-client';
import { cohortKeys } from '../resolvers/Query';
import type { Leaf } from './plan';

/** Where a cohort's lists are read: civil affairs' own database, and the graph for every other agency's. */
export interface CohortSources {
  db: DataSource;
  /** Whom the cohort is for: its scopes decide which lists it may name, its purpose is every agency's read's. */
  identity: Identity;
  /**
   * The graph the other agencies' lists are asked through: for a caller's cohort, civil affairs' service acting for
   * them (SubgraphContext.onBehalf), so each agency applies and logs the caller's read; undefined where there is none,
   * and then a condition on another agency's list fails as unavailable.
   */
  graph: GraphClient | undefined;
}

/** The first page of a list is small, so that a cohort's first page answers soon; the rest are as large as a page may be. */
const FIRST_PAGE = 1_000;

type PageFetch = (after: string | null, first: number, among?: readonly string[]) => Promise<CohortKeyPage>;

/** Person keys in the order they compare, as digits of base64url: 'p' then 22 of them, the keyed hash's bytes. */
const KEY_DIGITS = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

/** Where a person key lies in the key space, from 0 to 1: its first eight digits (48 bits) as a fraction. */
export function keySpaceAt(key: string): number {
  let at = 0;
  for (let i = 8; i >= 1; i--) at = (at + Math.max(0, KEY_DIGITS.indexOf(key[i] ?? '-'))) / KEY_DIGITS.length;
  return at;
}

/**
 * How many keys a list has after `after`, as its first page says: exactly when the page was all of them; otherwise as
 * many as the page's density over the rest of the key space, for keys are keyed hashes, spread evenly over it (a
 * page of 1,000 keys gives the size within a few per cent). Only the plan depends on it (plan.ts), never the answer.
 */
export function estimatedSize(page: CohortKeyPage, after: string | null): number {
  const last = page.keys.at(-1);
  if (!page.hasMore || last === undefined) return page.keys.length;
  const from = after === null ? 0 : keySpaceAt(after);
  const spanned = Math.max(keySpaceAt(last) - from, 2 ** -48);
  return Math.round((page.keys.length * (1 - from)) / spanned);
}

/**
 * A list's keys after `after`, page by page, and probes of it. The first page is asked for at once and the second when
 * the first is used up (a cohort's first page seldom needs it); from then on each page is asked for as the one before
 * is handed out, so a long read (a count) waits on the network less.
 */
function pagedKeys(fetch: PageFetch, after: string | null): Leaf {
  const first = fetch(after, FIRST_PAGE);
  const size = first.then((page) => estimatedSize(page, after));
  // Awaited by the cohort; one that fails on another list first must not fail the process.
  size.catch(() => undefined);
  return {
    size,
    probe: async (keys) => (await fetch(null, keys.length, keys)).keys,
    async *[Symbol.asyncIterator]() {
      let page = await first;
      for (let n = 1; ; n++) {
        const last = page.keys.at(-1);
        const next = page.hasMore && last !== undefined ? () => fetch(last, COHORT_KEYS_PAGE_MAX) : undefined;
        const ahead = n > 1 ? next?.() : undefined;
        ahead?.catch(() => undefined);
        if (page.keys.length) yield page.keys;
        if (!next) return;
        page = await (ahead ?? next());
      }
    },
  };
}

/**
 * A page as a list answered it, checked: in order, after `after`, no longer than asked, and for a probe (`among`,
 * ascending) only keys it was asked about, in one page. The merge and the probes rely on all of it.
 */
function checkedPage(
  page: CohortKeyPage,
  { after, first, among }: { after: string | null; first: number; among?: readonly string[] },
  why: (reason: string) => GraphQLError,
): CohortKeyPage {
  if (!page || !Array.isArray(page.keys) || typeof page.hasMore !== 'boolean') throw why('it answered no keys');
  if (page.keys.length > first) throw why(`it answered ${page.keys.length} keys for a page of ${first}`);
  for (let i = 0; i < page.keys.length; i++) {
    const before = i === 0 ? after : page.keys[i - 1];
    if (typeof page.keys[i] !== 'string' || (before !== null && !(before < page.keys[i])))
      throw why('its keys are not in ascending order, each once');
  }
  if (among) {
    if (page.hasMore) throw why(`it answered more keys than the ${among.length} it was asked about`);
    let j = 0;
    for (const key of page.keys) {
      while (j < among.length && among[j] < key) j++;
      if (among[j] !== key) throw why('it answered a key it was not asked about');
    }
  }
  return page;
}

/** The list's own BAD_USER_INPUT (`filter.grades: …`) as the cohort's: `condition.and.1.disabledPersons.grades: …`. */
function asConditionInput(path: string, field: unknown, message: string): GraphQLError {
  const inFilter = typeof field === 'string' && (field === 'filter' || field.startsWith('filter.'));
  const at = inFilter ? `${path}${field.slice('filter'.length)}` : path;
  const reason = typeof field === 'string' && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return badUserInput(at, reason);
}

/** A list's stream from a key on; the list's condition was checked when it was made. */
export type LeafOpener = (after: string | null) => Leaf;

/** A condition on one of civil affairs' own lists: its key source (the list's own query) paged from its tables. */
export function localLeaf(list: CohortKeyList, filter: unknown, path: string, { db, identity }: CohortSources): LeafOpener {
  const scope = recordsScope(list.agency);
  // The scope of the list's keys field, as if it were asked over the graph (shared/src/cohorts/keys.ts).
  if (!identity.scopes.includes(scope))
    throw forbidden(`${path}: ${list.list} needs scope ${scope}; role ${identity.role} does not have it`);
  const source = cohortKeys[list.list as keyof typeof cohortKeys];
  let query;
  try {
    query = source(db, filter as never, identity);
  } catch (err) {
    const e = err as GraphQLError;
    if (e instanceof GraphQLError && e.extensions?.code === 'BAD_USER_INPUT') throw asConditionInput(path, e.extensions.field, e.message);
    throw err;
  }
  return (after) => pagedKeys((from, first, among) => cohortKeyPage(query, { after: from, first, among }), after);
}

/** The person keys of everyone in the index: what a `not` outside an `and` takes its condition from. */
export function everyone(sources: CohortSources): LeafOpener {
  const query = cohortKeys.persons(sources.db, null, sources.identity);
  return (after) => pagedKeys((from, first, among) => cohortKeyPage(query, { after: from, first, among }), after);
}

/** An error of the other agency's answer as the cohort's: its refusal of the filter or of the caller, else unavailable. */
function asCohortError(list: CohortKeyList, path: string, errors: readonly GraphError[]): GraphQLError {
  const input = errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (input) return withAgency(asConditionInput(path, input.extensions?.field, input.message), list.agency);
  const refusal = errors.find((e) => ['FORBIDDEN', 'PURPOSE_REQUIRED', 'PURPOSE_NOT_ALLOWED'].includes(String(e.extensions?.code)));
  if (refusal) return withAgency(forbidden(`${path}: ${list.agency} refused ${list.list}: ${refusal.message}`), list.agency);
  const [first] = errors;
  const code = first.extensions?.code ? `${first.extensions.code}: ` : '';
  return unavailableLeaf(list, path, `${code}${first.message}`.slice(0, 300));
}

const withAgency = (error: GraphQLError, agency: string) =>
  new GraphQLError(error.message, { extensions: { ...error.extensions, agency } });

function unavailableLeaf(list: CohortKeyList, path: string, why: string): GraphQLError {
  return withAgency(
    unavailable(
      `${path}: ${list.agency} could not answer ${list.list} (${why}); the cohort is not given without it, never as if no one matched`,
    ),
    list.agency,
  );
}

/** A condition on another agency's list: its keys field asked over the graph, a page at a time. */
export function remoteLeaf(list: CohortKeyList, filter: unknown, path: string, { graph, identity }: CohortSources): LeafOpener {
  const document = `query CohortKeys($filter: ${list.filterType}, $among: [ID!], $after: ID, $first: Int) {
  ${list.field}(filter: $filter, among: $among, after: $after, first: $first) { keys hasMore }
}`;
  const fetch: PageFetch = async (from, first, among) => {
    const why = (reason: string) => unavailableLeaf(list, path, reason);
    if (!graph) throw why('civil affairs is not connected to the graph');
    if (!isPurpose(identity.purpose)) throw why('the cohort was asked without a purpose');
    let answer;
    try {
      answer = await graph.request<Record<string, CohortKeyPage | null>>(
        document,
        { filter, among: among ?? null, after: from, first },
        identity.purpose,
      );
    } catch (err) {
      if (err instanceof GraphRefused) throw asCohortError(list, path, err.errors);
      if (err instanceof GraphUnreachable) throw why(err.message);
      throw err;
    }
    if (answer.errors?.length) throw asCohortError(list, path, answer.errors);
    return checkedPage(answer.data?.[list.field] as CohortKeyPage, { after: from, first, among }, why);
  };
  return (after) => pagedKeys(fetch, after);
}
