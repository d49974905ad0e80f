// Statistical disclosure control for published tables: small counts suppressed, none recoverable from the margins.
//
// A table is grouped by 0 to 4 dimensions (county, programme, age band, gender). It is published with every
// margin: each subtotal over every subset of its dimensions, down to the grand total, is a cell of the
// published table too (its value of a totalled dimension is null). So a line, the cells that share all
// dimension values but one, always has its own total published beside it, and that is what an attacker
// subtracts from.
//
// Primary suppression (the threshold rule): a cell, interior or margin, with 0 < count < threshold.
// A zero is published as 0: it is never suppressed, nor used as a complement. So a suppressed cell is known
// to hold at least one person, and the protection below is reckoned with that known.
//
// Complementary suppression: the hypercube method (Repsilber's GHMITER, as τ-ARGUS runs it), simplified.
// For each primary cell p, over every hypercube that has p as a corner (in each dimension, p's own value and
// one other value or the total: 2^d corners), the cheapest feasible one is suppressed whole; its cost is the
// sum of the counts it newly hides. Give each corner a sign, +1 at p and flipped by each dimension in which
// the corner has taken the other of two interior values (a value and its total keep the sign). Adding that
// sign pattern to the suppressed counts leaves every published margin as it is: each line meets the
// hypercube in none or two corners, which cancel. So:
// - no suppressed cell is determined by the published equations, one line or all together (the two-step
//   attack across dimensions included): the pattern moves each of them and keeps everything published;
// - every line holds none or at least two suppressed cells;
// - a hypercube is feasible only if none of its corners is a zero and each corner of opposite sign to p holds
//   at least threshold - p + 1: the pattern can then raise p to the threshold with every cell still at least
//   one, so the published table does not even tell that p is below the threshold.
// Each p has a feasible hypercube (the total in every dimension: all its margins, all of sign +1).
//
// Limits, said plainly: the cost heuristic suppresses more than an optimal pattern (τ-ARGUS's optimal and
// modular methods solve integer programmes for that); protection is reckoned for counts, and sums are hidden
// with their counts but get no dominance rule of their own (a sum published beside a count at or above the
// threshold can still be one person's large share); only the table as published is protected: two tables
// over overlapping groups (another grouping of the same cohort, or this month's and last month's) can be
// differenced, which no per-table rule prevents; a zero tells that nobody in that group has the property. The
// search tries every hypercube of each primary cell: Π(values per dimension) hypercubes of 2^d corners each
// (13 counties × 5 programmes × 20 age bands × 2 genders: 2,600 of 16), pruned as their cost grows.

/** The threshold of the rule when the configuration says nothing (SUPPRESSION_THRESHOLD). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

export const MAX_DIMENSIONS = 4;

/** A count below the threshold is suppressed; `exact` publishes every count as counted. */
export type Disclosure = number | 'exact';

/** Admins see exact figures; everyone else, analysts first of all, the table with small cells suppressed. */
export const disclosureFor = (role: string, threshold: number): Disclosure => (role === 'admin' ? 'exact' : threshold);

/** One group of the table as counted: its value of each dimension, how many, and any sums (e.g. monthly amounts in fen). */
export interface TableCell {
  by: Record<string, string>;
  count: number;
  sums?: Record<string, bigint>;
}

export interface Table {
  /** The dimensions in the order the table is laid out, e.g. ['county', 'gender']. */
  dimensions: string[];
  /**
   * The values each dimension takes, in the order to publish them; a combination with no cell counts 0.
   * A dimension left out takes the values its cells have, sorted.
   */
  values?: Record<string, string[]>;
  /** At most one cell per combination of values; combinations left out count 0. */
  cells: TableCell[];
}

/** A published cell: a group, or a margin where `by` is null for each dimension it totals over. */
export interface PublishedCell {
  by: Record<string, string | null>;
  /** null when suppressed. */
  count: number | null;
  /** Every sum of the table; each null when the cell is suppressed. */
  sums: Record<string, bigint | null>;
  /** Whether the cell was below the threshold or hidden to protect one that was: the table does not say which. */
  suppressed: boolean;
}

export interface PublishedTable {
  dimensions: string[];
  disclosure: Disclosure;
  /** Every combination of each dimension's values and its total, the last dimension varying fastest, totals last. */
  cells: PublishedCell[];
}

/** The table with every margin: in each dimension coordinate 0..size-1 is a value, coordinate `size` its total. */
interface Cube {
  dimensions: string[];
  values: string[][];
  sizes: number[];
  strides: number[];
  counts: number[];
  sums: Map<string, bigint[]>;
}

export function publishTable(table: Table, disclosure: Disclosure): PublishedTable {
  if (disclosure !== 'exact' && !(Number.isInteger(disclosure) && disclosure >= 1)) {
    throw new Error(`The suppression threshold must be a positive integer or 'exact', got ${disclosure}`);
  }
  const cube = tabulate(table);
  const hidden = disclosure === 'exact' ? new Uint8Array(cube.counts.length) : suppress(cube, disclosure);
  const cells = cube.counts.map((count, index): PublishedCell => {
    const coordinates = coordinatesOf(cube, index);
    const suppressed = hidden[index] === 1;
    return {
      by: Object.fromEntries(cube.dimensions.map((d, k) => [d, cube.values[k][coordinates[k]] ?? null])),
      count: suppressed ? null : count,
      sums: Object.fromEntries([...cube.sums].map(([name, values]) => [name, suppressed ? null : values[index]])),
      suppressed,
    };
  });
  return { dimensions: [...cube.dimensions], disclosure, cells };
}

function tabulate(table: Table): Cube {
  const { dimensions } = table;
  if (dimensions.length > MAX_DIMENSIONS) throw new Error(`A table has at most ${MAX_DIMENSIONS} dimensions, got ${dimensions.length}`);
  if (new Set(dimensions).size !== dimensions.length) throw new Error(`The dimensions ${dimensions.join(', ')} repeat a name`);
  for (const cell of table.cells) {
    const missing = dimensions.find((d) => typeof cell.by[d] !== 'string');
    if (missing) throw new Error(`A cell of the table has no value of ${missing}: ${JSON.stringify(cell.by)}`);
  }
  const values = dimensions.map((d) => table.values?.[d] ?? [...new Set(table.cells.map((c) => c.by[d]))].sort());
  const sizes = values.map((v) => v.length);
  // The last dimension varies fastest, so the cells read row by row.
  const strides = sizes.map((_, k) => sizes.slice(k + 1).reduce((product, n) => product * (n + 1), 1));
  const length = sizes.reduce((product, n) => product * (n + 1), 1);
  const positions = values.map((v) => new Map(v.map((value, i) => [value, i])));
  const sumNames = [...new Set(table.cells.flatMap((c) => Object.keys(c.sums ?? {})))].sort();
  const cube: Cube = {
    dimensions,
    values,
    sizes,
    strides,
    counts: new Array<number>(length).fill(0),
    sums: new Map(sumNames.map((name) => [name, new Array<bigint>(length).fill(0n)])),
  };
  const seen = new Set<number>();
  for (const cell of table.cells) {
    if (!Number.isInteger(cell.count) || cell.count < 0) throw new Error(`A count must be a whole number of at least 0, got ${cell.count}`);
    const coordinates = dimensions.map((d, k) => {
      const position = positions[k].get(cell.by[d]);
      if (position === undefined) throw new Error(`${d} ${JSON.stringify(cell.by[d])} is not one of the table's values of ${d}`);
      return position;
    });
    const index = coordinates.reduce((sum, c, k) => sum + c * strides[k], 0);
    if (seen.has(index)) throw new Error(`Two cells of the table have the values ${JSON.stringify(cell.by)}`);
    seen.add(index);
    // Into the cell and each of its 2^d - 1 margins.
    for (let mask = 0; mask < 1 << dimensions.length; mask++) {
      const at = coordinates.reduce((sum, c, k) => sum + (mask & (1 << k) ? sizes[k] : c) * strides[k], 0);
      cube.counts[at] += cell.count;
      for (const [name, sums] of cube.sums) sums[at] += cell.sums?.[name] ?? 0n;
    }
  }
  return cube;
}

const coordinatesOf = (cube: Cube, index: number): number[] =>
  cube.strides.map((stride, k) => Math.floor(index / stride) % (cube.sizes[k] + 1));

/** Which cells to hide (1): the primary cells, then for each the cheapest feasible hypercube around it. */
function suppress(cube: Cube, threshold: number): Uint8Array {
  const hidden = new Uint8Array(cube.counts.length);
  const totalsIn = (index: number) => coordinatesOf(cube, index).filter((c, k) => c === cube.sizes[k]).length;
  const primaries = cube.counts
    .map((count, index) => ({ count, index }))
    .filter(({ count }) => count > 0 && count < threshold)
    .map(({ index }) => ({ index, totals: totalsIn(index) }))
    // The groups before the margins: a margin's hypercube may then reuse cells already hidden for them.
    .sort((a, b) => a.totals - b.totals || a.index - b.index);
  for (const { index } of primaries) hidden[index] = 1;
  for (const { index } of primaries) {
    for (const corner of cheapestHypercube(cube, hidden, index, threshold)) hidden[corner] = 1;
  }
  return hidden;
}

/**
 * The corners of the feasible hypercube around `primary` that hides the least not yet hidden (fewer new cells
 * on a tie). Built one dimension at a time: the corners of the first k dimensions are final corners (the rest
 * at the primary's own values), so a partial cube that is already infeasible or dearer than the best is dropped.
 */
function cheapestHypercube(cube: Cube, hidden: Uint8Array, primary: number, threshold: number): number[] {
  const { counts, sizes, strides } = cube;
  const own = coordinatesOf(cube, primary);
  // What each corner of opposite sign must hold for the primary to rise to the threshold with it falling.
  const slack = threshold - counts[primary] + 1;
  const corners = [{ index: primary, sign: 1 }];
  let best: { cost: number; fresh: number; corners: number[] } | undefined;
  const extend = (k: number, cost: number, fresh: number) => {
    if (k === sizes.length) {
      if (!best || cost < best.cost || (cost === best.cost && fresh < best.fresh))
        best = { cost, fresh, corners: corners.map((c) => c.index) };
      return;
    }
    for (let other = 0; other <= sizes[k]; other++) {
      if (other === own[k]) continue;
      // A value and its total move together; two values of one dimension move opposite ways.
      const flip = other === sizes[k] || own[k] === sizes[k] ? 1 : -1;
      const shift = (other - own[k]) * strides[k];
      const before = corners.length;
      let feasible = true;
      let addedCost = 0;
      let added = 0;
      for (let j = 0; j < before; j++) {
        const index = corners[j].index + shift;
        const sign = corners[j].sign * flip;
        const count = counts[index];
        if (count === 0 || (sign < 0 && count < slack)) {
          feasible = false;
          break;
        }
        if (!hidden[index]) {
          addedCost += count;
          added += 1;
        }
        corners.push({ index, sign });
      }
      if (feasible && (!best || cost + addedCost <= best.cost)) extend(k + 1, cost + addedCost, fresh + added);
      corners.length = before;
    }
  };
  extend(0, 0, 0);
  // A table of no dimension is its grand total alone: no equation to protect it from.
  return best?.corners ?? [primary];
}
