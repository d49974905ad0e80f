// The batch contract once: one statement per batch (`= ANY($1)`), results mapped back to key order.
import DataLoader from 'dataloader';
import { ObjectLiteral, Repository } from 'typeorm';

const MAX_BATCH = 1000;

/** Rows of `repo` whose `column` is any of the keys; one SELECT. */
function selectByKeys<E extends ObjectLiteral>(repo: Repository<E>, column: string, keys: readonly string[], orderBy?: string) {
  const qb = repo.createQueryBuilder('e').where(`e.${column} = ANY(:keys)`, { keys: [...keys] });
  if (orderBy) qb.orderBy(`e.${orderBy}`, 'ASC');
  return qb.getMany();
}

/** A loader of at most one row per key (an entity by id); null where none exists. */
export function oneByKey<E extends ObjectLiteral>(repo: Repository<E>, column: keyof E & string): DataLoader<string, E | null> {
  return new DataLoader(
    async (keys) => {
      const rows = await selectByKeys(repo, column, keys);
      const byKey = new Map(rows.map((row) => [String(row[column]), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** A loader of every row per key (a person's enrolments), ordered by `orderBy`; [] where none. */
export function manyByKey<E extends ObjectLiteral>(
  repo: Repository<E>,
  column: keyof E & string,
  orderBy?: keyof E & string,
): DataLoader<string, E[]> {
  return new DataLoader(
    async (keys) => {
      const rows = await selectByKeys(repo, column, keys, orderBy);
      const byKey = new Map<string, E[]>(keys.map((key) => [key, []]));
      for (const row of rows) byKey.get(String(row[column]))?.push(row);
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
}
