// A cohort condition as one key stream: each list's condition a stream of its agency's keys (or probes of them), and
// and/or/not their intersection, union and difference (plan.ts). The evaluator the cohort field, aggregates and
// discovery rules share.
import { CohortKeyList, cohortKeyLists } from '../../../../shared/src/cohorts/keys';
import { badUserInput } from '../../../../shared/src/errors';
import { AGENCY_NAMES } from '../../../registry';
import { CohortSources, everyone, LeafOpener, localLeaf, remoteLeaf } from './leaves';
import { CohortTree, evaluated } from './plan';
import type { KeyStream } from './streams';

export type { CohortSources } from './leaves';

/** How deep conditions may nest (the condition itself is 1), and how many list conditions one cohort may have. */
export const MAX_COHORT_DEPTH = 8;
export const MAX_COHORT_LISTS = 16;

/** A condition checked: what it combines, and where it is in the argument (`condition.and.1`). */
type Node =
  | { kind: 'list'; path: string; list: CohortKeyList; filter: unknown; open?: LeafOpener }
  | { kind: 'and' | 'or'; path: string; members: Node[] }
  | { kind: 'not'; path: string; member: Node };

/** Every person list a condition may name, by its member name (shared/src/cohorts/keys.ts). */
let listsByName: Map<string, CohortKeyList> | undefined;
const listNamed = (name: string) => (listsByName ??= new Map(cohortKeyLists(AGENCY_NAMES).map((l) => [l.list, l]))).get(name);

/**
 * Checks a condition (as JSON: the form variables take) and answers it as a tree: exactly one member set in each
 * condition, and/or listing at least one, within the depth and list bounds; BAD_USER_INPUT naming the path otherwise.
 */
function parseCondition(value: unknown, path: string, depth: number, count: { lists: number }): Node {
  if (depth > MAX_COHORT_DEPTH) throw badUserInput(path, `conditions nest at most ${MAX_COHORT_DEPTH} deep`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw badUserInput(path, 'must be a CohortCondition object');
  const members = Object.entries(value).filter(([, v]) => v != null);
  if (members.length !== 1)
    throw badUserInput(
      path,
      `sets ${members.length ? members.map(([m]) => m).join(', ') : 'nothing'}: a condition sets exactly one of and, or, not or a list`,
    );
  const [[member, inner]] = members;
  const at = `${path}.${member}`;
  if (member === 'and' || member === 'or') {
    if (!Array.isArray(inner) || inner.length === 0) throw badUserInput(at, 'must list at least one condition');
    return { kind: member, path: at, members: inner.map((c, i) => parseCondition(c, `${at}.${i}`, depth + 1, count)) };
  }
  if (member === 'not') return { kind: 'not', path: at, member: parseCondition(inner, at, depth + 1, count) };
  const list = listNamed(member);
  if (!list) throw badUserInput(at, 'is not a person list of the graph');
  if (++count.lists > MAX_COHORT_LISTS) throw badUserInput(at, `a cohort combines at most ${MAX_COHORT_LISTS} list conditions`);
  if (typeof inner !== 'object' || Array.isArray(inner)) throw badUserInput(at, `must be a ${list.filterType} object`);
  return { kind: 'list', path: at, list, filter: inner };
}

/** Readies each list of the tree (checking its filter and the caller's scope) before any list is asked anything. */
function ready(node: Node, sources: CohortSources): void {
  if (node.kind === 'list')
    node.open = (node.list.agency === 'civil-affairs' ? localLeaf : remoteLeaf)(node.list, node.filter, node.path, sources);
  else if (node.kind === 'not') ready(node.member, sources);
  else node.members.forEach((m) => ready(m, sources));
}

/**
 * A readied tree with its lists opened from `after` on (each asked for its first page here), a not's universe made
 * explicit: `not` alone takes away from everyone in civil affairs' person index (`index`), as does an and of nothing
 * but nots; a not beside other members takes away from them, needing no universe.
 */
function opened(node: Node, index: LeafOpener, after: string | null): CohortTree {
  const of = (n: Node) => opened(n, index, after);
  const everyone = (): CohortTree => ({ kind: 'list', leaf: index(after) });
  switch (node.kind) {
    case 'list':
      return { kind: 'list', leaf: node.open!(after) };
    case 'or':
      return { kind: 'or', members: node.members.map(of) };
    case 'not':
      return { kind: 'and', members: [everyone()], without: [of(node.member)] };
    case 'and': {
      const kept = node.members.filter((m) => m.kind !== 'not');
      const members = kept.length ? kept.map(of) : [everyone()];
      return { kind: 'and', members, without: node.members.flatMap((m) => (m.kind === 'not' ? [of(m.member)] : [])) };
    }
  }
}

export interface CohortOptions {
  /** Only the keys after this one (a cursor's): every list starts there, so later pages do not read the first again. */
  after?: string | null;
  /** What the condition is called in errors: `condition` (the cohort field's argument), or where else it is kept. */
  field?: string;
}

/**
 * The persons a cohort condition selects, as one stream of keys in ascending order, each once. `condition` is a
 * CohortCondition as JSON (as a request's variables give it). The condition is checked at once (BAD_USER_INPUT naming
 * its path; FORBIDDEN for a list of civil affairs the caller may not read), and every list is asked for its first page
 * at once; reading the stream fails with UNAVAILABLE (extensions.agency) when a list's agency could not answer (its
 * pages or a probe of it), never as if no one matched. A list much larger than the side of its and that drives is
 * asked about that side's keys instead of read (plan.ts). Nothing is held beyond a page or two of each list or a batch
 * of probed keys, so it can be read to its end (a count).
 */
export function cohortStream(
  condition: unknown,
  sources: CohortSources,
  { after = null, field = 'condition' }: CohortOptions = {},
): KeyStream {
  const tree = parseCondition(condition, field, 1, { lists: 0 });
  ready(tree, sources);
  let index: LeafOpener | undefined;
  return evaluated(opened(tree, (from) => (index ??= everyone(sources))(from), after));
}
