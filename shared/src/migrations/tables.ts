// Statements many migrations send alike: dropping the tables they made, adding or dropping the version column.
import { QueryRunner } from 'typeorm';
import { VERSION_COLUMN } from './columns';

/** Drops the tables in the order given, which names each table before the tables it references. */
export async function dropTables(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) await q.query(`DROP TABLE ${table}`);
}

/** Gives each table the version column its writes check (columns.ts VERSION_COLUMN). */
export async function addVersionColumns(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) await q.query(`ALTER TABLE ${table} ADD COLUMN ${VERSION_COLUMN}`);
}

export async function dropVersionColumns(q: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) await q.query(`ALTER TABLE ${table} DROP COLUMN version`);
}
