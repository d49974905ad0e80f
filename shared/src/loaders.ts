// The batch contract once: one statement per batch (`= ANY($1)`), results mapped back to key order.
import DataLoader from 'dataloader';
import { ObjectLiteral, Repository } from 'typeorm';

const MAX_BATCH = 1000;

interface Select<E> {
  sql: string;
  hydrate: (raw: Record<string, unknown>) => E;
}

/**
 * One term of a list's order: a column ascending, or `{ by, desc }`, or `{ by, rank }` for an enumeration
 * listed in a declared order (values outside `rank`, and null unless `nullAs` names one of it, come last).
 */
export type OrderTerm<E> = (keyof E & string) | { by: keyof E & string; desc?: boolean; rank?: readonly string[]; nullAs?: string };

/**
 * A rank that names every value of the enumeration T: `rankOf<Scheme>()(['A', 'B'] as const)`. A value added
 * to the SDL fails to compile here until it is given its place, rather than sorting last unnoticed.
 */
export const rankOf =
  <T extends string>() =>
  <const L extends readonly T[]>(rank: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): readonly T[] =>
    rank;

/**
 * The order of a list that reads as a history: newest first by `by` (a date), and of one day's rows the newest id
 * first, so that what was recorded last stands first.
 */
export const newestFirst = <E extends { id: unknown }>(by: keyof E & string): readonly OrderTerm<E>[] => [
  { by, desc: true },
  { by: 'id', desc: true },
];

/** How a batch's rows are ordered: not at all (one row per key), or as a list, by its terms. */
type Order<E> = { list: false } | { list: true; terms: readonly OrderTerm<E>[] };

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A term as SQL: its column (or the column's place in its rank) and direction. */
function orderSql<E>(term: OrderTerm<E>, name: (property: string) => string): string {
  const { by, desc = false, rank, nullAs } = typeof term === 'string' ? { by: term } : term;
  const column = nullAs === undefined ? name(by) : `coalesce(${name(by)}, ${literal(nullAs)})`;
  const key = rank ? `array_position(ARRAY[${rank.map(literal).join(', ')}]::text[], ${column}::text)` : column;
  return `${key} ${desc ? 'DESC' : 'ASC'}${rank ? ' NULLS LAST' : ''}`;
}

const selects = new WeakMap<Repository<ObjectLiteral>, Map<string, Select<ObjectLiteral>>>();

/**
 * The statement of one batch, written once per entity, key column and order from TypeORM's metadata, and
 * the hydration of its rows with the driver's own conversions (transformers included). Building the
 * statement through the query builder and hydrating through getMany was the largest share of a
 * subgraph's CPU under load (BENCHMARKS.md).
 *
 * A list is ordered here, once, as its field lists it: resolvers never sort it again. It ends its ORDER BY
 * with the primary key (ascending, unless a term orders by it), so rows that tie (twins, two cases opened the same day) come back in the
 * same order on every request rather than as the sort happens to leave them.
 */
function selectOf<E extends ObjectLiteral>(repo: Repository<E>, column: string, order: Order<E>): Select<E> {
  let byShape = selects.get(repo);
  if (!byShape) selects.set(repo, (byShape = new Map()));
  const shape = `${column}:${order.list ? `list:${JSON.stringify(order.terms)}` : 'one'}`;
  let select = byShape.get(shape) as Select<E> | undefined;
  if (!select) {
    const { metadata, manager } = repo;
    const columns = metadata.columns.filter((c) => !c.isVirtual);
    const name = (property: string) => `"${metadata.findColumnWithPropertyPath(property)!.databaseName}"`;
    const driver = manager.connection.driver;
    const named = new Set(order.list ? order.terms.map((term) => (typeof term === 'string' ? term : term.by)) : []);
    const sortKeys = order.list
      ? [
          ...order.terms.map((term) => orderSql(term, name)),
          ...metadata.primaryColumns.filter((c) => !named.has(c.propertyName)).map((c) => `"${c.databaseName}" ASC`),
        ]
      : [];
    select = {
      sql:
        `SELECT ${columns.map((c) => `"${c.databaseName}"`).join(', ')} FROM ${metadata.tablePath
          .split('.')
          .map((p) => `"${p}"`)
          .join('.')}` + ` WHERE ${name(column)} = ANY($1)${sortKeys.length ? ` ORDER BY ${sortKeys.join(', ')}` : ''}`,
      hydrate: (raw) => {
        const entity = repo.create();
        for (const c of columns) c.setEntityValue(entity, driver.prepareHydratedValue(raw[c.databaseName], c));
        return entity;
      },
    };
    byShape.set(shape, select as Select<ObjectLiteral>);
  }
  return select;
}

/** Rows of `repo` whose `column` is any of the keys; one SELECT. */
async function selectByKeys<E extends ObjectLiteral>(
  repo: Repository<E>,
  column: string,
  keys: readonly string[],
  order: Order<E>,
): Promise<E[]> {
  const { sql, hydrate } = selectOf(repo, column, order);
  const rows: Record<string, unknown>[] = await repo.query(sql, [[...keys]]);
  return rows.map(hydrate);
}

/** A loader of at most one row per key (an entity by id); null where none exists. */
export function oneByKey<E extends ObjectLiteral>(repo: Repository<E>, column: keyof E & string): DataLoader<string, E | null> {
  return new DataLoader(
    async (keys) => {
      const rows = await selectByKeys(repo, column, keys, { list: false });
      const byKey = new Map(rows.map((row) => [String(row[column]), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** A loader of every row per key (a person's enrolments), in the list's order (then the primary key); [] where none. */
export function manyByKey<E extends ObjectLiteral>(
  repo: Repository<E>,
  column: keyof E & string,
  order: readonly OrderTerm<E>[] = [],
): DataLoader<string, E[]> {
  return new DataLoader(
    async (keys) => {
      const rows = await selectByKeys(repo, column, keys, { list: true, terms: order });
      const byKey = new Map<string, E[]>(keys.map((key) => [key, []]));
      for (const row of rows) byKey.get(String(row[column]))?.push(row);
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
}
