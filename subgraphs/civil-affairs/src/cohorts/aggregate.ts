// A cohort's persons counted per group in civil affairs' own tables: the table cohortAggregate publishes, before suppression.
// The cohort's keys go into the SQL a bounded batch at a time, and only the counts per group stay in memory.
import type { DataSource } from 'typeorm';
import { AGE_BAND_YEARS, ageBand, OLDEST_BAND_FROM } from '../../../../shared/src/age-bands';
import { cityToday } from '../../../../shared/src/dates';
import type { Table, TableCell } from '../../../../shared/src/disclosure/suppression';
import { REGIONS } from '../../../../shared/src/regions';
import type { CohortDimension, CohortProgramme } from '../generated/graphql';
import type { KeyStream } from './streams';

/** Keys per statement: a cohort page at most (10,000), about 250 kB of parameters, answered in tens of milliseconds. */
export const AGGREGATE_BATCH = 10_000;

/** A household with several ACTIVE cases counts under the first of these: the deepest assistance first. */
export const PROGRAMME_ORDER: readonly CohortProgramme[] = [
  'EXTREME_POVERTY_SUPPORT',
  'MINIMUM_LIVING_ALLOWANCE',
  'LOW_INCOME_CERTIFICATION',
  'TEMPORARY_ASSISTANCE',
];

/** The bands' first ages: 0, 5, … 100 (the open band 100+). */
const BAND_STARTS = Array.from({ length: OLDEST_BAND_FROM / AGE_BAND_YEARS + 1 }, (_, i) => i * AGE_BAND_YEARS);

/** A statement's parameters as it is built: each value given its placeholder (`$3::date`) where it is used. */
type Param = (value: unknown, type: string) => string;

/** How a dimension is counted: its name in the table (CohortGroup's field), its SQL over a person `c` and household `h`, its values. */
interface Dimension {
  name: 'county' | 'programme' | 'ageBand' | 'gender';
  sql: (param: Param, today: string) => string;
  /** Every value it publishes, in order; a combination nobody is in is published as 0. */
  values: string[];
  /** The value of a row's column. */
  label: (raw: unknown) => string;
}

export const DIMENSIONS: Record<CohortDimension, Dimension> = {
  COUNTY: { name: 'county', sql: () => 'c.region_code', values: REGIONS.map((r) => r.code), label: String },
  PROGRAMME: { name: 'programme', sql: () => "coalesce(h.programme, 'NONE')", values: [...PROGRAMME_ORDER, 'NONE'], label: String },
  // The age on the city's today in whole years, as Person.ageBand reckons it (shared/src/scalars.ts ageOn), by band.
  AGE_BAND: {
    name: 'ageBand',
    sql: (param, today) =>
      `least(greatest(extract(year FROM age(${param(today, 'date')}, c.birth_date))::int, 0) / ${AGE_BAND_YEARS} * ${AGE_BAND_YEARS}, ${OLDEST_BAND_FROM})`,
    values: BAND_STARTS.map(ageBand),
    label: (raw) => ageBand(Number(raw)),
  },
  GENDER: { name: 'gender', sql: () => 'c.gender', values: ['MALE', 'FEMALE'], label: String },
};

/**
 * The counting statement over the persons of the batch (everyone without one), and its parameters. Each person's share of the household's monthly amount is reckoned over every member of the
 * household in the index, whether or not they are in the cohort, so that shares add up to the household's amount:
 * floor(amount / members), and one fen more for the first (amount mod members) members in key order.
 */
function countingStatement(dimensions: Dimension[], batch: readonly string[] | undefined, today: string): [string, unknown[]] {
  const params: unknown[] = [];
  const param: Param = (value, type) => (params.push(value), `$${params.length}::${type}`);
  const columns = dimensions.map((d, i) => `${d.sql(param, today)} AS d${i}`);
  const groups = dimensions.map((_, i) => `d${i}`);
  const sql = `WITH cohort AS (
      SELECT p.key, p.household_id, p.region_code, p.gender, p.birth_date
        FROM ${batch ? `unnest(${param(batch, 'text[]')}) AS k (key) JOIN person p ON p.key = k.key` : 'person p'}
    ), households AS (
      SELECT a.household_id, (array_agg(a.program ORDER BY array_position(${param(PROGRAMME_ORDER, 'text[]')}, a.program)))[1] AS programme,
             coalesce(sum(a.monthly_amount_fen), 0)::bigint AS amount
        FROM assistance_case a
       WHERE a.status = 'ACTIVE'${batch ? ' AND a.household_id IN (SELECT household_id FROM cohort)' : ''}
       GROUP BY a.household_id
    ), shares AS (
      SELECT m.key, h.amount / count(*) OVER w + CASE WHEN row_number() OVER w <= h.amount % count(*) OVER w THEN 1 ELSE 0 END AS share
        FROM households h JOIN person m ON m.household_id = h.household_id
       WHERE h.amount > 0
      WINDOW w AS (PARTITION BY m.household_id ORDER BY m.key COLLATE "C" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    )
    SELECT ${[...columns, 'count(*)::int AS count', 'coalesce(sum(s.share), 0)::text AS amount'].join(', ')}
      FROM cohort c LEFT JOIN households h ON h.household_id = c.household_id LEFT JOIN shares s ON s.key = c.key
     ${groups.length ? `GROUP BY ${groups.join(', ')}` : ''}`;
  return [sql, params];
}

/** The stream's keys in batches of at most `size`. */
async function* batchesOf(stream: KeyStream, size: number): AsyncGenerator<readonly string[]> {
  for await (const page of stream) for (let at = 0; at < page.length; at += size) yield page.slice(at, at + size);
}

export interface Tally {
  /** The counts and monthly amounts per group, as publishTable takes them. */
  table: Table;
  /** The persons counted: the cohort's persons in the index. */
  persons: number;
}

/**
 * Counts a cohort's persons (`everyone`: the whole index, in one statement) by the dimensions, each group with its
 * persons and the sum of their shares of their households' monthly amounts (fen, exact). A failing stream (an agency
 * that could not answer) fails the count. The next batch of keys is read while the last one is counted.
 */
export async function tallyCohort(
  db: DataSource,
  keys: KeyStream | 'everyone',
  groupBy: readonly CohortDimension[],
  today = cityToday(),
): Promise<Tally> {
  const dimensions = groupBy.map((d) => DIMENSIONS[d]);
  const cells = new Map<string, TableCell & { sums: { monthlyAmount: bigint } }>();
  let persons = 0;
  const count = async (batch?: readonly string[]) => {
    // JIT would compile each batch's plan anew: 30-80 ms of a 50-120 ms statement at a million people.
    const rows: Record<string, unknown>[] = await db.transaction(async (tx) => {
      await tx.query('SET LOCAL jit = off');
      return tx.query(...countingStatement(dimensions, batch, today));
    });
    for (const row of rows) {
      const by = Object.fromEntries(dimensions.map((d, i) => [d.name, d.label(row[`d${i}`])]));
      const id = dimensions.map((d) => by[d.name]).join('\u0000');
      const cell = cells.get(id) ?? { by, count: 0, sums: { monthlyAmount: 0n } };
      cell.count += row.count as number;
      cell.sums.monthlyAmount += BigInt(row.amount as string);
      cells.set(id, cell);
      persons += row.count as number;
    }
  };
  if (keys === 'everyone') await count();
  else {
    const batches = batchesOf(keys, AGGREGATE_BATCH);
    try {
      let next = batches.next();
      for (;;) {
        const { done, value } = await next;
        if (done) break;
        next = batches.next();
        // Awaited on the next turn; until then this batch's count must not leave its failure unhandled.
        next.catch(() => undefined);
        await count(value);
      }
    } finally {
      await batches.return(undefined);
    }
  }
  const values = Object.fromEntries(
    dimensions.map((d) => {
      // A county the city does not have (DESIGN.md says none is stored) is published after the city's own, not dropped.
      const others = [...new Set([...cells.values()].map((c) => c.by[d.name]))].filter((v) => !d.values.includes(v)).sort();
      return [d.name, [...d.values, ...others]];
    }),
  );
  return { table: { dimensions: dimensions.map((d) => d.name), values, cells: [...cells.values()] }, persons };
}
