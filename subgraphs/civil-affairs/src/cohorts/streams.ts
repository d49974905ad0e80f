// The algebra of cohorts over sorted key streams: and is a k-way intersection, or a k-way union, and-not a difference,
// and a semi-join keeps the keys of a stream a filter (a list asked about them) keeps. Each stream is read a page at a
// time and gives its results as soon as the pages in hand decide them, so a cohort's first page reads the first pages
// of its lists only, and no stream ever holds more than a page or two of keys.
import { COHORT_KEYS_PAGE_MAX } from '../../../../shared/src/cohorts/keys';

/**
 * Person keys in ascending order (as strings compare), each once, in pages: what every list of a cohort answers and
 * every combination of them gives. A page is never empty.
 */
export type KeyStream = AsyncIterable<readonly string[]>;

/** A stream of these pages, in order: for tests, and for a stream known whole (an empty one). */
export async function* keysOf(...pages: (readonly string[])[]): KeyStream {
  for (const page of pages) if (page.length) yield page;
}

/** Reads a stream key by key, the page in hand at a time; fetching (awaiting) only when that page is used up. */
export class KeyCursor {
  private page: readonly string[] = [];
  private at = 0;
  private ended = false;
  private readonly pages: AsyncIterator<readonly string[]>;

  constructor(stream: KeyStream) {
    this.pages = stream[Symbol.asyncIterator]();
  }

  /** The current key, or undefined when the page in hand is used up (fill() fetches the next) or the stream ended. */
  get head(): string | undefined {
    return this.at < this.page.length ? this.page[this.at] : undefined;
  }

  /** Whether the cursor can go on without fetching: a key is in hand, or the stream has ended. */
  get ready(): boolean {
    return this.at < this.page.length || this.ended;
  }

  /** Makes a key current, fetching pages as needed: false once the stream has ended. */
  async fill(): Promise<boolean> {
    while (this.at >= this.page.length) {
      if (this.ended) return false;
      const next = await this.pages.next();
      if (next.done) this.ended = true;
      else [this.page, this.at] = [next.value, 0];
    }
    return true;
  }

  advance(): void {
    this.at++;
  }

  /** Passes over the keys in hand below `key` (a binary search): the head is then `key` or above, or none is in hand. */
  skipBelow(key: string): void {
    let [low, high] = [this.at, this.page.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.page[mid] < key) low = mid + 1;
      else high = mid;
    }
    this.at = low;
  }

  /** Up to `n` keys of the page in hand, which the cursor passes over. */
  take(n: number): readonly string[] {
    const keys = this.page.slice(this.at, this.at + n);
    this.at += keys.length;
    return keys;
  }

  /** The rest of the page in hand, which the cursor passes over. */
  takeRest(): readonly string[] {
    const rest = this.at === 0 ? this.page : this.page.slice(this.at);
    this.at = this.page.length;
    return rest;
  }

  /** Stops the stream under it (its lists stop fetching). */
  async close(): Promise<void> {
    this.ended = true;
    await this.pages.return?.();
  }
}

/** Collects a combination's keys into pages, so that one is given before any stream has to fetch again. */
class Output {
  private keys: string[] = [];
  push(key: string): void {
    this.keys.push(key);
  }
  /** A page to give now: when `due` (a fetch is next) and it holds any, or when it is full. */
  take(due: boolean): string[] | undefined {
    if (this.keys.length === 0 || (!due && this.keys.length < COHORT_KEYS_PAGE_MAX)) return undefined;
    const page = this.keys;
    this.keys = [];
    return page;
  }
}

/** The keys every stream has: a leapfrog over the streams, each skipping to the largest key any of them is at. */
export async function* intersection(streams: readonly KeyStream[]): KeyStream {
  if (streams.length === 1) return yield* streams[0];
  const cursors = streams.map((s) => new KeyCursor(s));
  const out = new Output();
  try {
    // Each cursor in turn goes to the target or past it, and one past it sets the next target; a pass in which every
    // cursor is at the target gives it.
    let target: string | undefined;
    for (;;) {
      let agreed = true;
      for (const cursor of cursors) {
        if (target !== undefined) cursor.skipBelow(target);
        while (cursor.head === undefined) {
          const page = out.take(!cursor.ready);
          if (page) yield page;
          if (!(await cursor.fill())) {
            const last = out.take(true);
            if (last) yield last;
            return;
          }
          if (target !== undefined) cursor.skipBelow(target);
        }
        const head = cursor.head;
        if (target !== undefined && head !== target) agreed = false;
        if (target === undefined || head > target) target = head;
      }
      if (!agreed) continue;
      out.push(target!);
      for (const cursor of cursors) cursor.advance();
      target = undefined;
      const full = out.take(false);
      if (full) yield full;
    }
  } finally {
    await Promise.all(cursors.map((c) => c.close()));
  }
}

/** The keys any stream has, each once: a k-way merge. */
export async function* union(streams: readonly KeyStream[]): KeyStream {
  if (streams.length === 1) return yield* streams[0];
  let cursors = streams.map((s) => new KeyCursor(s));
  const out = new Output();
  try {
    for (;;) {
      const live: KeyCursor[] = [];
      for (const cursor of cursors) {
        if (cursor.head === undefined) {
          const page = out.take(!cursor.ready);
          if (page) yield page;
          if (!(await cursor.fill())) continue;
        }
        live.push(cursor);
      }
      cursors = live;
      if (cursors.length === 0) break;
      if (cursors.length === 1) {
        // The others have ended: the last one's pages pass through as they are.
        const page = out.take(true);
        if (page) yield page;
        yield cursors[0].takeRest();
        yield* restOf(cursors[0]);
        break;
      }
      let least = cursors[0].head!;
      for (const cursor of cursors) if (cursor.head! < least) least = cursor.head!;
      out.push(least);
      for (const cursor of cursors) if (cursor.head === least) cursor.advance();
      const full = out.take(false);
      if (full) yield full;
    }
    const page = out.take(true);
    if (page) yield page;
  } finally {
    await Promise.all(cursors.map((c) => c.close()));
  }
}

/** The pages a cursor has not given yet, once its page in hand is taken. */
async function* restOf(cursor: KeyCursor): AsyncGenerator<readonly string[]> {
  while (await cursor.fill()) yield cursor.takeRest();
}

/** The keys of `from` that `without` does not have (and-not): no universe is needed. */
export async function* difference(from: KeyStream, without: KeyStream): KeyStream {
  const kept = new KeyCursor(from);
  const dropped = new KeyCursor(without);
  const out = new Output();
  try {
    for (;;) {
      if (kept.head === undefined) {
        const page = out.take(!kept.ready);
        if (page) yield page;
        if (!(await kept.fill())) break;
      }
      const key = kept.head!;
      dropped.skipBelow(key);
      while (dropped.head === undefined && !dropped.ready) {
        const page = out.take(true);
        if (page) yield page;
        await dropped.fill();
        dropped.skipBelow(key);
      }
      if (dropped.head === undefined) {
        // Nothing more to take away: the rest of `from` passes through as it is.
        const page = out.take(true);
        if (page) yield page;
        yield kept.takeRest();
        yield* restOf(kept);
        break;
      }
      if (dropped.head !== key) out.push(key);
      kept.advance();
      const full = out.take(false);
      if (full) yield full;
    }
    const page = out.take(true);
    if (page) yield page;
  } finally {
    await Promise.all([kept.close(), dropped.close()]);
  }
}

/** The keys of an ascending batch that a condition selects, ascending: a list asked about them (`among`), say. */
export type KeyFilter = (keys: readonly string[]) => Promise<readonly string[]>;

/**
 * The keys of `stream` that `filter` keeps, asking it about `batch` keys at a time: a semi-join, the stream the build
 * side and the filter the probe. The first batch is the stream's first page as it comes, so that a cohort's first page
 * waits on one probe; from the second on, the next batch is read and asked about while one is handed out.
 */
export async function* semiJoin(stream: KeyStream, filter: KeyFilter, batch: number): KeyStream {
  const cursor = new KeyCursor(stream);
  let closed = false;
  const ask = (keys: readonly string[]) => (keys.length && !closed ? filter(keys) : undefined);
  const nextBatch = async () => {
    const keys: string[] = [];
    while (keys.length < batch && (await cursor.fill())) keys.push(...cursor.take(batch - keys.length));
    return ask(keys);
  };
  try {
    let kept = (await cursor.fill()) ? await ask(cursor.take(batch)) : undefined;
    if (kept === undefined) return;
    if (kept.length) yield kept;
    kept = await nextBatch();
    while (kept !== undefined) {
      const ahead = nextBatch();
      // Awaited below; one the reader closed the stream before must not fail the process.
      ahead.catch(() => undefined);
      if (kept.length) yield kept;
      kept = await ahead;
    }
  } finally {
    closed = true;
    await cursor.close();
  }
}

/** The keys of ascending `keys` that ascending `dropped` does not have. */
export function minus(keys: readonly string[], dropped: readonly string[]): readonly string[] {
  if (dropped.length === 0) return keys;
  const kept: string[] = [];
  let j = 0;
  for (const key of keys) {
    while (j < dropped.length && dropped[j] < key) j++;
    if (dropped[j] !== key) kept.push(key);
  }
  return kept;
}

/** The keys of two ascending lists that share none, ascending. */
export function merged(a: readonly string[], b: readonly string[]): readonly string[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const keys: string[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) keys.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return keys;
}

/** Up to `n` keys from the cursor, in order. */
export async function takeKeys(cursor: KeyCursor, n: number): Promise<string[]> {
  const keys: string[] = [];
  while (keys.length < n && (await cursor.fill())) {
    keys.push(cursor.head!);
    cursor.advance();
  }
  return keys;
}

/** How many keys the cursor has left: page by page, holding none of them. */
export async function countRest(cursor: KeyCursor): Promise<number> {
  let count = 0;
  while (await cursor.fill()) count += cursor.takeRest().length;
  return count;
}
