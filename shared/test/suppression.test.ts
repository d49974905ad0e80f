// Published counts: small cells suppressed, and no suppressed cell recoverable from the margins published beside it.
import { disclosureFor, publishTable, PublishedCell, PublishedTable, Table } from '../src/disclosure/suppression';

const THRESHOLD = 10;

/** A 2-D table of counties by gender, written as rows of [female, male]. */
function countiesByGender(rows: Record<string, [number, number]>): Table {
  return {
    dimensions: ['county', 'gender'],
    values: { gender: ['FEMALE', 'MALE'] },
    cells: Object.entries(rows).flatMap(([county, [female, male]]) => [
      { by: { county, gender: 'FEMALE' }, count: female, sums: { monthlyAmount: BigInt(female) * 50_000n } },
      { by: { county, gender: 'MALE' }, count: male, sums: { monthlyAmount: BigInt(male) * 50_000n } },
    ]),
  };
}

const cellAt = (table: PublishedTable, by: Record<string, string | null>) =>
  table.cells.find((c) => table.dimensions.every((d) => c.by[d] === (by[d] ?? null)))!;

const hiddenKeys = (table: PublishedTable) => table.cells.filter((c) => c.suppressed).map((c) => JSON.stringify(c.by));

/** Each line of the published table: the cells sharing all dimension values but one, and the margin they add up to. */
function linesOf(table: PublishedTable): { margin: number; cells: number[] }[] {
  const keyOf = (by: Record<string, string | null>) => JSON.stringify(table.dimensions.map((d) => by[d]));
  const at = new Map(table.cells.map((c, i) => [keyOf(c.by), i]));
  const values = table.dimensions.map((d) => [...new Set(table.cells.map((c) => c.by[d]).filter((v) => v !== null))]);
  const lines: { margin: number; cells: number[] }[] = [];
  table.cells.forEach((margin, m) => {
    table.dimensions.forEach((d, k) => {
      if (margin.by[d] !== null) return;
      lines.push({ margin: m, cells: values[k].map((v) => at.get(keyOf({ ...margin.by, [d]: v }))!) });
    });
  });
  return lines;
}

/** Seeded, so that a failing table can be printed and kept as a case of its own. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A table of the given sizes whose cells are about a third zeros, a third small and a third large. */
function randomTable(random: () => number, sizes: number[]): Table {
  const dimensions = sizes.map((_, k) => `d${k}`);
  const values = Object.fromEntries(sizes.map((n, k) => [`d${k}`, Array.from({ length: n }, (_, i) => `v${i}`)]));
  const combinations = sizes.reduce<string[][]>(
    (acc) => acc.flatMap((prefix) => values[`d${prefix.length}`].map((v) => [...prefix, v])),
    [[]],
  );
  return {
    dimensions,
    values,
    cells: combinations.map((combination) => {
      const roll = random();
      const count = roll < 0.3 ? 0 : roll < 0.6 ? 1 + Math.floor(random() * 9) : 10 + Math.floor(random() * 110);
      return {
        by: Object.fromEntries(combination.map((v, k) => [`d${k}`, v])),
        count,
        sums: { monthlyAmount: BigInt(count) * BigInt(30_000 + Math.floor(random() * 70_000)) },
      };
    }),
  };
}
/** 200 random tables, 2-D, 3-D and a few 4-D, each published for analysts and exactly. */
const randomTables = (() => {
  const random = randomSource(2026);
  const size = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  return Array.from({ length: 200 }, (_, i) => {
    const sizes =
      i % 10 === 9 ? [size(2, 3), size(2, 3), size(2, 3), 2] : i % 2 ? [size(2, 4), size(2, 4), size(2, 3)] : [size(2, 6), size(2, 6)];
    const table = randomTable(random, sizes);
    return { table, published: publishTable(table, THRESHOLD), exact: publishTable(table, 'exact') };
  });
})();

/** Which hidden cells a full set of published equations pins down: exact Gauss-Jordan elimination over the hidden cells. */
function determinedByAllMargins(published: PublishedTable): PublishedCell[] {
  const unknowns = published.cells.map((c, i) => (c.suppressed ? i : -1)).filter((i) => i >= 0);
  const column = new Map(unknowns.map((cell, j) => [cell, j]));
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  let rows = linesOf(published).map(({ margin, cells }) => {
    const row = new Array<bigint>(unknowns.length).fill(0n);
    for (const cell of cells) if (column.has(cell)) row[column.get(cell)!] += 1n;
    if (column.has(margin)) row[column.get(margin)!] -= 1n;
    return row;
  });
  rows = rows.filter((row) => row.some((v) => v !== 0n));
  const pivotRow = new Map<number, number>();
  let rank = 0;
  for (let col = 0; col < unknowns.length && rank < rows.length; col++) {
    const found = rows.findIndex((row, i) => i >= rank && row[col] !== 0n);
    if (found < 0) continue;
    [rows[rank], rows[found]] = [rows[found], rows[rank]];
    const pivot = rows[rank];
    rows = rows.map((row, i) => {
      if (i === rank || row[col] === 0n) return row;
      const reduced = row.map((v, j) => v * pivot[col] - pivot[j] * row[col]);
      const divisor = reduced.reduce(gcd, 0n) || 1n;
      return reduced.map((v) => v / divisor);
    });
    pivotRow.set(col, rank++);
  }
  return unknowns
    .filter((_, col) => pivotRow.has(col) && rows[pivotRow.get(col)!].every((v, j) => j === col || v === 0n))
    .map((cell) => published.cells[cell]);
}

test('a count below the threshold is published as suppressed, its count and sums null', () => {
  const published = publishTable(countiesByGender({ A: [3, 40], B: [25, 30], C: [50, 60] }), THRESHOLD);
  expect(cellAt(published, { county: 'A', gender: 'FEMALE' })).toEqual({
    by: { county: 'A', gender: 'FEMALE' },
    count: null,
    sums: { monthlyAmount: null },
    suppressed: true,
  });
  expect(cellAt(published, { county: 'C', gender: 'MALE' })).toMatchObject({ count: 60, suppressed: false });
});

test('a zero is published as 0, never suppressed', () => {
  const published = publishTable(countiesByGender({ A: [0, 40], B: [25, 30], C: [50, 60] }), THRESHOLD);
  expect(cellAt(published, { county: 'A', gender: 'FEMALE' })).toMatchObject({ count: 0, suppressed: false });
  expect(hiddenKeys(published)).toEqual([]);
});

test('a line with one small cell gets a complementary cell suppressed: the cheapest rectangle around it', () => {
  const published = publishTable(countiesByGender({ A: [3, 40], B: [25, 30], C: [50, 60] }), THRESHOLD);
  expect(hiddenKeys(published)).toEqual(
    [
      { county: 'A', gender: 'FEMALE' },
      { county: 'A', gender: 'MALE' },
      { county: 'B', gender: 'FEMALE' },
      { county: 'B', gender: 'MALE' },
    ].map((by) => JSON.stringify(by)),
  );
});

test('a margin below the threshold is suppressed, and protected by suppressions of its own', () => {
  const table = countiesByGender({ A: [2, 3], B: [20, 30], C: [40, 50] });
  const published = publishTable(table, THRESHOLD);
  expect(cellAt(published, { county: 'A' })).toMatchObject({ count: null, suppressed: true });
  for (const { margin, cells } of linesOf(published)) {
    expect([margin, ...cells].filter((i) => published.cells[i].suppressed).length).not.toBe(1);
  }
  expect(determinedByAllMargins(published)).toEqual([]);
});

test('over 200 random tables, no suppressed count equals a published margin minus the published cells of its line', () => {
  let attacked = 0;
  for (const { published, exact } of randomTables) {
    for (const { margin, cells } of linesOf(published)) {
      const total = published.cells[margin].count;
      if (total === null) continue;
      const visible = cells.reduce((sum, i) => sum + (published.cells[i].count ?? 0), 0);
      for (const i of cells.filter((c) => published.cells[c].suppressed)) {
        attacked += 1;
        expect(exact.cells[i].count).not.toBe(total - visible);
      }
    }
  }
  // The tables are small enough that most have something to attack.
  expect(attacked).toBeGreaterThan(1000);
});

test('over 200 random tables, no suppressed count is determined by all published margins together (the attack across dimensions)', () => {
  for (const { published } of randomTables) expect(determinedByAllMargins(published)).toEqual([]);
});

test('over 200 random tables, no line bounds a small suppressed count below the threshold, knowing every suppressed cell holds at least one', () => {
  for (const { published, exact } of randomTables) {
    for (const { margin, cells } of linesOf(published)) {
      const total = published.cells[margin].count;
      const hidden = cells.filter((i) => published.cells[i].suppressed);
      if (total === null || hidden.length === 0) continue;
      const hiddenSum = total - cells.reduce((sum, i) => sum + (published.cells[i].count ?? 0), 0);
      // Each hidden cell is at least 1, so one of them is at most the hidden sum less one for each other.
      if (hidden.some((c) => exact.cells[c].count! < THRESHOLD)) expect(hiddenSum - (hidden.length - 1)).toBeGreaterThanOrEqual(THRESHOLD);
    }
  }
});

test('in the random tables every count from 1 to the threshold - 1 is suppressed and every zero published as 0', () => {
  for (const { published, exact } of randomTables) {
    exact.cells.forEach((cell, i) => {
      if (cell.count! > 0 && cell.count! < THRESHOLD) expect(published.cells[i].suppressed).toBe(true);
      if (cell.count === 0) expect(published.cells[i]).toMatchObject({ count: 0, suppressed: false });
    });
  }
});

test('exact publishes every count and sum as counted, margins included', () => {
  const published = publishTable(countiesByGender({ A: [3, 40], B: [25, 30] }), 'exact');
  expect(published.cells.every((c) => !c.suppressed)).toBe(true);
  expect(cellAt(published, { county: 'A', gender: 'FEMALE' })).toMatchObject({ count: 3, sums: { monthlyAmount: 150_000n } });
  expect(cellAt(published, { gender: 'FEMALE' })).toMatchObject({ count: 28, sums: { monthlyAmount: 1_400_000n } });
  expect(cellAt(published, {})).toMatchObject({ count: 98, sums: { monthlyAmount: 4_900_000n } });
});

test('sums are suppressed with their counts, and published wherever the count is', () => {
  for (const { published, exact } of randomTables.slice(0, 20)) {
    published.cells.forEach((cell, i) => {
      expect(cell.sums.monthlyAmount).toBe(cell.suppressed ? null : exact.cells[i].sums.monthlyAmount);
    });
  }
});

test('the table lists every combination of values and totals, the last dimension fastest and totals last', () => {
  const published = publishTable(countiesByGender({ A: [3, 40], B: [25, 30] }), 'exact');
  expect(published.cells.map((c) => [c.by.county, c.by.gender, c.count])).toEqual([
    ['A', 'FEMALE', 3],
    ['A', 'MALE', 40],
    ['A', null, 43],
    ['B', 'FEMALE', 25],
    ['B', 'MALE', 30],
    ['B', null, 55],
    [null, 'FEMALE', 28],
    [null, 'MALE', 70],
    [null, null, 98],
  ]);
});

test('a table of no dimension is its grand total, suppressed when small', () => {
  expect(publishTable({ dimensions: [], cells: [{ by: {}, count: 4 }] }, THRESHOLD).cells).toEqual([
    { by: {}, count: null, sums: {}, suppressed: true },
  ]);
  expect(publishTable({ dimensions: [], cells: [{ by: {}, count: 40 }] }, THRESHOLD).cells[0].count).toBe(40);
});

test('admins get exact figures, analysts and every other role the threshold', () => {
  expect(disclosureFor('admin', THRESHOLD)).toBe('exact');
  expect(disclosureFor('analyst', THRESHOLD)).toBe(THRESHOLD);
  expect(disclosureFor('civil-affairs', 5)).toBe(5);
});

test('a cell whose value is not one of its dimension’s values is refused, naming it', () => {
  const table: Table = { dimensions: ['gender'], values: { gender: ['FEMALE', 'MALE'] }, cells: [{ by: { gender: 'OTHER' }, count: 3 }] };
  expect(() => publishTable(table, THRESHOLD)).toThrow(/gender "OTHER" is not one of/);
});
