// The algebra cohorts combine agencies' answers with: and, or and and-not over sorted key streams in pages, as sets,
// in order, each key once, reading no more pages than the answer needs; and the plan that asks a large list about a
// small side's keys instead of reading it (dynamic filtering), giving the same keys.
import { createHmac } from 'node:crypto';
import { estimatedSize, keySpaceAt } from '../src/cohorts/leaves';
import { CohortTree, evaluated, Leaf, planned, PROBE_BATCH } from '../src/cohorts/plan';
import { countRest, difference, intersection, KeyCursor, keysOf, KeyStream, semiJoin, takeKeys, union } from '../src/cohorts/streams';

/** Every key of a stream, in the order given, and the pages it came in. */
async function read(stream: KeyStream): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let pages = 0;
  for await (const page of stream) {
    expect(page.length).toBeGreaterThan(0);
    keys.push(...page);
    pages++;
  }
  return { keys, pages };
}
const all = async (stream: KeyStream) => (await read(stream)).keys;

/** A stream of `keys` (sorted) in pages of `size`, counting the pages read and whether it was closed. */
function paged(keys: string[], size: number) {
  const seen = { pages: 0, closed: false };
  async function* pages() {
    try {
      for (let i = 0; i < keys.length; i += size) {
        seen.pages++;
        yield keys.slice(i, i + size);
      }
    } finally {
      seen.closed = true;
    }
  }
  return { stream: pages(), seen };
}

/** Keys k000 … k999 picked by `pick`, in order. */
const keys = (pick: (i: number) => boolean) =>
  Array.from({ length: 1000 }, (_, i) => `k${String(i).padStart(3, '0')}`).filter((_, i) => pick(i));

/** A stream of the keys `pick` picks, in pages of `size`. */
const pagedKeys = (pick: (i: number) => boolean, size: number) => paged(keys(pick), size);

/** A small deterministic generator, so that a failing case repeats. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

test('and gives the keys every stream has, across page boundaries', async () => {
  const evens = pagedKeys((i) => i % 2 === 0, 7);
  const threes = pagedKeys((i) => i % 3 === 0, 11);
  expect(await all(intersection([evens.stream, threes.stream]))).toEqual(keys((i) => i % 6 === 0));
});

test('or gives the keys any stream has, each once, in order', async () => {
  const evens = pagedKeys((i) => i % 2 === 0, 13);
  const threes = pagedKeys((i) => i % 3 === 0, 5);
  expect(await all(union([evens.stream, threes.stream]))).toEqual(keys((i) => i % 2 === 0 || i % 3 === 0));
});

test('and-not gives the keys of the first stream the second does not have', async () => {
  const evens = pagedKeys((i) => i % 2 === 0, 9);
  const threes = pagedKeys((i) => i % 3 === 0, 4);
  expect(await all(difference(evens.stream, threes.stream))).toEqual(keys((i) => i % 2 === 0 && i % 3 !== 0));
});

test('an empty stream makes and empty, leaves or as the other stream, and takes nothing away', async () => {
  const some = keys((i) => i % 5 === 0);
  expect(await all(intersection([keysOf(some), keysOf()]))).toEqual([]);
  expect(await all(union([keysOf(), keysOf(some)]))).toEqual(some);
  expect(await all(difference(keysOf(some), keysOf()))).toEqual(some);
  expect(await all(difference(keysOf(), keysOf(some)))).toEqual([]);
});

test('streams that do not overlap give nothing under and, everything under or, and all of the first under and-not', async () => {
  const low = keys((i) => i < 300);
  const high = keys((i) => i >= 700);
  expect(await all(intersection([keysOf(low), keysOf(high)]))).toEqual([]);
  expect(await all(union([keysOf(high), keysOf(low)]))).toEqual([...low, ...high]);
  expect(await all(difference(keysOf(low), keysOf(high)))).toEqual(low);
  expect(await all(difference(keysOf(high), keysOf(high)))).toEqual([]);
});

test('and, or and and-not of many random streams agree with the same set operations', async () => {
  const next = random(14);
  for (let round = 0; round < 30; round++) {
    const sets = Array.from({ length: 1 + Math.floor(next() * 4) }, () => keys(() => next() < 0.3));
    const streams = () => sets.map((s) => paged(s, 1 + Math.floor(next() * 40)).stream);
    const everyOne = sets[0].filter((k) => sets.every((s) => s.includes(k)));
    const anyOne = [...new Set(sets.flat())].sort();
    const [first, ...rest] = sets;
    const firstOnly = first.filter((k) => !rest.some((s) => s.includes(k)));
    expect(await all(intersection(streams()))).toEqual(everyOne);
    expect(await all(union(streams()))).toEqual(anyOne);
    const [from, ...others] = streams();
    expect(await all(difference(from, others.length ? union(others) : keysOf()))).toEqual(firstOnly);
  }
});

test("and gives its first keys from the streams' first pages, without reading the pages after them", async () => {
  const a = pagedKeys(() => true, 100);
  const b = pagedKeys((i) => i % 2 === 0, 100);
  const cursor = new KeyCursor(intersection([a.stream, b.stream]));
  expect(await takeKeys(cursor, 20)).toEqual(keys((i) => i % 2 === 0).slice(0, 20));
  expect({ a: a.seen.pages, b: b.seen.pages }).toEqual({ a: 1, b: 1 });
});

test('a stream read part way and closed closes the streams it reads', async () => {
  const a = pagedKeys(() => true, 10);
  const b = pagedKeys((i) => i % 3 === 0, 10);
  const c = pagedKeys((i) => i % 7 === 0, 10);
  const cursor = new KeyCursor(difference(intersection([a.stream, b.stream]), c.stream));
  expect(await takeKeys(cursor, 3)).toEqual(['k003', 'k006', 'k009']);
  await cursor.close();
  expect([a.seen.closed, b.seen.closed, c.seen.closed]).toEqual([true, true, true]);
});

test('a cursor counts what is left after the keys it gave, holding none of them', async () => {
  const cursor = new KeyCursor(pagedKeys(() => true, 64).stream);
  expect(await takeKeys(cursor, 21)).toHaveLength(21);
  expect(await countRest(cursor)).toBe(979);
});

test('a failing stream fails the combination that reads it, not as an empty stream', async () => {
  async function* failing(): KeyStream {
    yield ['k001'];
    throw new Error('the agency went away');
  }
  await expect(all(difference(keysOf(keys(() => true)), failing()))).rejects.toThrow('the agency went away');
  await expect(all(union([keysOf(['k000']), failing()]))).rejects.toThrow('the agency went away');
});

test('a semi-join keeps the keys its filter keeps, asking about the first page as it comes and then whole batches', async () => {
  const asked: number[] = [];
  const filter = async (batch: readonly string[]) => (asked.push(batch.length), batch.filter((k) => Number(k.slice(1)) % 3 === 0));
  const source = pagedKeys(() => true, 30);
  expect(await all(semiJoin(source.stream, filter, 100))).toEqual(keys((i) => i % 3 === 0));
  expect(asked).toEqual([30, 100, 100, 100, 100, 100, 100, 100, 100, 100, 70]);
});

test("a semi-join's first keys wait on one batch only, and closing it closes the stream it reads", async () => {
  let asked = 0;
  const source = pagedKeys(() => true, 30);
  const cursor = new KeyCursor(semiJoin(source.stream, async (batch) => (asked++, batch), 100));
  expect(await takeKeys(cursor, 5)).toEqual(keys((i) => i < 5));
  await cursor.close();
  expect({ asked, pages: source.seen.pages, closed: source.seen.closed }).toEqual({ asked: 1, pages: 1, closed: true });
});

/** A list of `keys` (ascending) as a cohort's leaf thought to have `size` keys, counting the pages read and the probes. */
function fakeLeaf(listed: string[], { size = listed.length, page = 50, failing = false } = {}) {
  const seen = { pages: 0, probes: 0 };
  const has = new Set(listed);
  const leaf: Leaf = {
    size: Promise.resolve(size),
    probe: async (asked) => {
      seen.probes++;
      expect(asked.length).toBeLessThanOrEqual(PROBE_BATCH);
      if (failing) throw new Error('the agency went away');
      return asked.filter((k) => has.has(k));
    },
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < listed.length; i += page) {
        seen.pages++;
        yield listed.slice(i, i + page);
      }
    },
  };
  return { tree: { kind: 'list', leaf } as CohortTree, seen };
}
const and = (members: CohortTree[], without: CohortTree[] = []): CohortTree => ({ kind: 'and', members, without });

test('an and reads its small side and asks the large one about its keys, reading none of its pages', async () => {
  const small = fakeLeaf(keys((i) => i % 50 === 0));
  const large = fakeLeaf(keys((i) => i % 2 === 0));
  expect(await all(evaluated(and([large.tree, small.tree])))).toEqual(keys((i) => i % 50 === 0));
  expect({ small: small.seen, large: large.seen }).toEqual({ small: { pages: 1, probes: 0 }, large: { pages: 0, probes: 1 } });
});

test('an and-not asks the large side it takes away about the small side’s keys, reading none of its pages', async () => {
  const small = fakeLeaf(keys((i) => i % 50 === 0));
  const large = fakeLeaf(keys((i) => i % 3 === 0));
  expect(await all(evaluated(and([small.tree], [large.tree])))).toEqual(keys((i) => i % 50 === 0 && i % 3 !== 0));
  expect(large.seen).toEqual({ pages: 0, probes: 1 });
});

test('sides of like size are merged, and an or reads every member', async () => {
  const halves = fakeLeaf(keys((i) => i % 2 === 0));
  const thirds = fakeLeaf(keys((i) => i % 3 === 0));
  expect(await all(evaluated(and([halves.tree, thirds.tree])))).toEqual(keys((i) => i % 6 === 0));
  const few = fakeLeaf(keys((i) => i % 50 === 0));
  const many = fakeLeaf(keys((i) => i % 2 === 0));
  expect(await all(evaluated({ kind: 'or', members: [few.tree, many.tree] }))).toEqual(keys((i) => i % 2 === 0 || i % 50 === 0));
  for (const { seen } of [halves, thirds, few, many]) expect(seen.probes).toBe(0);
});

test('a probe that fails fails the cohort, never as if the list selected no one', async () => {
  const small = fakeLeaf(keys((i) => i % 50 === 0));
  const down = fakeLeaf(
    keys(() => true),
    { failing: true },
  );
  await expect(all(evaluated(and([small.tree], [down.tree])))).rejects.toThrow('the agency went away');
  await expect(all(evaluated(and([small.tree, down.tree])))).rejects.toThrow('the agency went away');
});

test('a list that cannot answer its first page fails the cohort even where it would only be probed', async () => {
  const small = fakeLeaf(keys((i) => i % 50 === 0));
  const down = fakeLeaf(keys(() => true));
  const leaf = (down.tree as { leaf: Leaf }).leaf;
  const size = Promise.reject(new Error('the agency went away'));
  size.catch(() => undefined);
  const unanswered: CohortTree = { kind: 'list', leaf: { ...leaf, size, [Symbol.asyncIterator]: leaf[Symbol.asyncIterator] } };
  await expect(all(evaluated(and([small.tree], [unanswered])))).rejects.toThrow('the agency went away');
  expect(down.seen).toEqual({ pages: 0, probes: 0 });
});

/** A random condition over fake lists, and the keys it selects as sets say. */
function randomCondition(
  next: () => number,
  depth: number,
  seen: { probes: number; pages: number }[],
): { tree: CohortTree; selected: Set<string> } {
  const pick = (n: number) => Math.floor(next() * n);
  if (depth === 0 || next() < 0.35) {
    const share = [0.01, 0.05, 0.2, 0.5, 0.9][pick(5)];
    const listed = keys(() => next() < share);
    // Mostly the true size, sometimes a wrong one: the plan may change with it, the answer may not.
    const size = next() < 0.7 ? listed.length : pick(2000);
    const leaf = fakeLeaf(listed, { size, page: 1 + pick(60) });
    seen.push(leaf.seen);
    return { tree: leaf.tree, selected: new Set(listed) };
  }
  const parts = () => Array.from({ length: 1 + pick(3) }, () => randomCondition(next, depth - 1, seen));
  if (next() < 0.4) {
    const members = parts();
    return {
      tree: { kind: 'or', members: members.map((m) => m.tree) } as CohortTree,
      selected: new Set(members.flatMap((m) => [...m.selected])),
    };
  }
  const [members, without] = [parts(), next() < 0.5 ? parts() : []];
  const selected = [...members[0].selected].filter(
    (k) => members.every((m) => m.selected.has(k)) && !without.some((w) => w.selected.has(k)),
  );
  return {
    tree: and(
      members.map((m) => m.tree),
      without.map((w) => w.tree),
    ),
    selected: new Set(selected),
  };
}

test('a probed and gives what the merged and gives, and what sets say, for many random conditions', async () => {
  const next = random(17);
  let probes = 0;
  for (let round = 0; round < 60; round++) {
    const seen: { probes: number; pages: number }[] = [];
    const { tree, selected } = randomCondition(next, 3, seen);
    const expected = [...selected].sort();
    // Every size alike: no side is ever PROBE_RATIO times another, so every and merges.
    const mergedKeys = await all(planned(tree, () => 1));
    expect(seen.every((s) => s.probes === 0)).toBe(true);
    expect(mergedKeys).toEqual(expected);
    expect(await all(evaluated(tree))).toEqual(expected);
    probes += seen.reduce((n, s) => n + s.probes, 0);
  }
  // The conditions did probe: the comparison is of two plans, not of one with itself.
  expect(probes).toBeGreaterThan(30);
});

/** Deterministic stand-ins for person keys: a keyed hash, as the graph's are. */
const hashedKeys = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => 'p' + createHmac('sha256', 'cohort-test').update(String(i)).digest().subarray(0, 16).toString('base64url'),
  ).sort();

test('where a key lies in the key space follows the order keys compare in', () => {
  const sorted = hashedKeys(2000);
  for (let i = 1; i < sorted.length; i++) expect(keySpaceAt(sorted[i - 1])).toBeLessThanOrEqual(keySpaceAt(sorted[i]));
  expect(keySpaceAt('p----------------------')).toBe(0);
  expect(keySpaceAt('pzzzzzzzzzzzzzzzzzzzzzz')).toBeLessThan(1);
});

test("a list's size is its first page's when that was all of it, and otherwise estimated within a tenth", () => {
  const listed = hashedKeys(40_000);
  expect(estimatedSize({ keys: listed.slice(0, 700), hasMore: false }, null)).toBe(700);
  const near = (estimate: number, actual: number) => expect(Math.abs(estimate - actual) / actual).toBeLessThan(0.1);
  near(estimatedSize({ keys: listed.slice(0, 1000), hasMore: true }, null), 40_000);
  // From a cursor on: the keys after it.
  near(estimatedSize({ keys: listed.slice(25_001, 26_001), hasMore: true }, listed[25_000]), 40_000 - 25_001);
});
