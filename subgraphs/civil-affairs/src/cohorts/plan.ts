// Which lists of a cohort are read as sorted streams and which are asked about keys (dynamic filtering): in an and, the
// side thought smallest is read and drives, and a side thought much larger is asked which of the driver's keys it selects.
//
// The rule, after Trino's dynamic filtering and Hasura's key-set semi-join (build side small, probe side filtered):
// - each list's size is known from its first page: exactly when that page was all of it, else estimated from how far
//   into the key space the page reached (leaves.ts); an and is thought as large as its smallest member, an or as the
//   sum of its members;
// - in an and, the smallest member drives; every other member, and every not, thought at least PROBE_RATIO times the
//   driver's size is probed with the keys the rest give, PROBE_BATCH at a time (a list's `among`); the others are
//   merged with the driver as sorted streams;
// - an or always merges its members.
// The sizes only choose the plan: either plan gives the same keys, in the same order.
import { difference, intersection, KeyStream, merged, minus, semiJoin, union } from './streams';

/** One list of a cohort, opened: its keys as a stream, how many it is thought to have, and probes of it. */
export interface Leaf extends KeyStream {
  /**
   * Settles, once the list has answered its first page, with how many keys it is thought to have (exactly, when that
   * page was all of them). A list that cannot answer it fails the cohort, whether or not its keys are needed.
   */
  readonly size: Promise<number>;
  /** The keys of `keys` (ascending, each once, at most PROBE_BATCH) the list selects, ascending: one request. */
  probe(keys: readonly string[]): Promise<readonly string[]>;
}

/** A condition with its lists opened. An and has at least one member; what a not takes away is in an and's `without`. */
export type CohortTree =
  { kind: 'list'; leaf: Leaf } | { kind: 'or'; members: CohortTree[] } | { kind: 'and'; members: CohortTree[]; without: CohortTree[] };

/**
 * A side of an and is probed rather than read when it is thought at least this many times larger than the driver: a
 * probe moves each key it asks about up to twice (sent, and answered if it matches) and looks it up in an index, where
 * reading a list moves each of its keys once, in index order.
 */
export const PROBE_RATIO = 4;

/**
 * How many keys one probe asks about: 3,000 keys are 78 kB of JSON, within the 100 kB the gateway takes in a request
 * (gateway/src/limits.ts). At a million people PostgreSQL looks that many up in a list's key index (civil affairs'
 * members of active 低保 households: 42 ms), where 10,000 in one `= ANY` made it scan the whole person table (170 ms).
 */
export const PROBE_BATCH = 3_000;

/** The leaves of a tree, in the order of the condition. */
const leavesOf = (node: CohortTree): Leaf[] =>
  node.kind === 'list' ? [node.leaf] : [...node.members, ...(node.kind === 'and' ? node.without : [])].flatMap(leavesOf);

/**
 * The keys a tree selects, ascending, each once. Waits for every list's first page before anything: a list that
 * cannot answer fails the stream (the first in condition order), never as if no one matched; then plans by the sizes.
 */
export async function* evaluated(tree: CohortTree): KeyStream {
  const leaves = leavesOf(tree);
  const settled = await Promise.allSettled(leaves.map((leaf) => leaf.size));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  const sizes = new Map(leaves.map((leaf, i) => [leaf, (settled[i] as PromiseFulfilledResult<number>).value]));
  yield* planned(tree, (leaf) => sizes.get(leaf)!);
}

/** The tree as one stream, by the rule above; `sizeOf` gives each leaf's size. */
export function planned(tree: CohortTree, sizeOf: (leaf: Leaf) => number): KeyStream {
  const size = (node: CohortTree): number => {
    if (node.kind === 'list') return sizeOf(node.leaf);
    const sizes = node.members.map(size);
    return node.kind === 'or' ? sizes.reduce((a, b) => a + b, 0) : Math.min(...sizes);
  };
  // Stable: among sides of one size, the condition's order.
  const bySize = (nodes: CohortTree[]) => [...nodes].sort((a, b) => size(a) - size(b));

  const streamOf = (node: CohortTree): KeyStream => {
    if (node.kind === 'list') return node.leaf;
    if (node.kind === 'or') return union(node.members.map(streamOf));
    const [driver, ...others] = bySize(node.members);
    const probed = (side: CohortTree) => size(side) >= PROBE_RATIO * size(driver);
    let stream = intersection([driver, ...others.filter((m) => !probed(m))].map(streamOf));
    const read = node.without.filter((w) => !probed(w));
    if (read.length) stream = difference(stream, union(read.map(streamOf)));
    const asked: CohortTree = { kind: 'and', members: others.filter(probed), without: node.without.filter(probed) };
    if (asked.members.length === 0 && asked.without.length === 0) return stream;
    return semiJoin(stream, (keys) => kept(asked, keys), PROBE_BATCH);
  };

  /** The keys of ascending `keys` the node selects, each of its lists probed. */
  const kept = async (node: CohortTree, keys: readonly string[]): Promise<readonly string[]> => {
    if (keys.length === 0) return keys;
    if (node.kind === 'list') return node.leaf.probe(keys);
    if (node.kind === 'or') {
      // Largest first, and each member asked only about the keys the ones before did not select.
      let [found, rest] = [[] as readonly string[], keys];
      for (const member of bySize(node.members).reverse()) {
        const got = await kept(member, rest);
        [found, rest] = [merged(found, got), minus(rest, got)];
      }
      return found;
    }
    // Smallest first, and each side asked only about the keys the ones before kept.
    for (const member of bySize(node.members)) keys = await kept(member, keys);
    for (const side of node.without) keys = minus(keys, await kept(side, keys));
    return keys;
  };

  return streamOf(tree);
}
