// Indexes as migrations declare them: one spec per index, created in order and dropped in reverse.
import { MigrationInterface, QueryRunner } from 'typeorm';

export interface IndexSpec {
  name: string;
  table: string;
  /** The indexed columns, in order; a column may carry its direction (`'version DESC'`). */
  columns: readonly string[];
  /** Columns stored in the index but not searched, so that a scan along it needs no heap. */
  include?: readonly string[];
  /** The condition of a partial index. */
  where?: string;
  unique?: boolean;
}

/** The statement that creates the index, on one line. */
const createIndex = ({ name, table, columns, include, where, unique }: IndexSpec): string =>
  `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${name} ON ${table} (${columns.join(', ')})` +
  (include ? ` INCLUDE (${include.join(', ')})` : '') +
  (where ? ` WHERE ${where}` : '');

/**
 * A migration that only adds indexes: up creates them in the order given, down drops them in reverse, so the
 * two cannot disagree. A subclass names itself and lists its indexes, each with the filter or loader it serves.
 */
export abstract class IndexMigration implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly indexes: readonly IndexSpec[];

  async up(q: QueryRunner): Promise<void> {
    for (const index of this.indexes) await q.query(createIndex(index));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [...this.indexes].reverse()) await q.query(`DROP INDEX ${index.name}`);
  }
}
