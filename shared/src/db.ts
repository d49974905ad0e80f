// Opens an agency's own database: its schema, its TypeORM entities, its migrations; counts statements.
import 'reflect-metadata';
import { Client, Pool, types } from 'pg';
import { from } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, EntityTarget, Logger, MixedList, ObjectLiteral } from 'typeorm';
import { DatabaseConfig } from './config';

// DATE stays a YYYY-MM-DD string end to end; a JS Date would shift it by the server's time zone.
types.setTypeParser(1082, (value) => value);

/** One statement as the data source sent it: the SQL and its positional parameters. */
/** Begins a statement that no request sends (a timer's own: the outbox relay): StatementCounter leaves it out. */
export const UNCOUNTED = '/* background */ ';

export interface SentStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * Counts the SQL statements a data source sends to read and write records; tests use it to prove
 * batching. Access-log appends are not counted: they are batched on their own timer, apart from reads; nor is
 * what runs on a timer of its own, apart from any request (the outbox relay's statements, `UNCOUNTED`).
 * With `keep` on (a test may switch it on for a running subgraph) it also keeps what was sent.
 */
export class StatementCounter implements Logger {
  count = 0;
  /** The kept statements with their parameters, to replay them (EXPLAIN in the query-plan test). */
  readonly sent: SentStatement[] = [];
  constructor(public keep = false) {}
  logQuery(query: string, parameters?: unknown[] | object) {
    if (query.startsWith('INSERT INTO access_log') || query.startsWith(UNCOUNTED)) return;
    this.count++;
    if (!this.keep) return;
    this.sent.push({ sql: query, parameters: Array.isArray(parameters) ? parameters : [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.sent.length = 0;
  }
}

/** TypeORM does not create the schema it is given; this does, before anything else connects. */
export async function ensureSchema(config: DatabaseConfig): Promise<void> {
  const client = new Client({ connectionString: config.url });
  await client.connect();
  try {
    // Only an owner may create it; a runtime role that finds it there must not try (CREATE is checked first).
    const exists = (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [config.schema])).rowCount;
    if (!exists) await client.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema}"`);
  } finally {
    await client.end();
  }
}

/** A class TypeORM takes as an entity or a migration. */
export type TableClass = abstract new (...args: never[]) => unknown;

export interface OpenDatabaseOptions {
  entities: MixedList<TableClass>;
  migrations: MixedList<TableClass>;
  runMigrations: boolean;
  counter?: StatementCounter;
}

export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions): Promise<DataSource> {
  await ensureSchema(config);
  const db = new DataSource({
    type: 'postgres',
    url: config.url,
    schema: config.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // gen_random_uuid() is built in (PostgreSQL 13+); a runtime role could not create an extension anyway.
    installExtensions: false,
    logging: ['query'],
    logger: options.counter ?? new StatementCounter(),
    extra: {
      max: config.poolSize,
      // Raw SQL names tables unqualified: each connection looks in the agency's schema first.
      options: Object.entries({ search_path: `${config.schema},public`, ...config.sessionSettings })
        .map(([name, value]) => `-c ${name}=${value}`)
        .join(' '),
      connectionTimeoutMillis: 5_000,
      query_timeout: config.queryTimeoutMs === 0 ? undefined : (config.queryTimeoutMs ?? 30_000),
    },
  });
  await db.initialize();
  if (options.runMigrations) await db.runMigrations({ transaction: 'each' });
  return db;
}

export interface BulkOptions {
  /** Load with COPY FROM STDIN (real PostgreSQL; PGlite's socket does not speak the COPY protocol). */
  copy: boolean;
  /** Told how many rows were written, as they are (progress bars). */
  onRows?: (table: string, rows: number) => void;
}

const bulkOptions = new WeakMap<DataSource, BulkOptions>();

/** Makes insertMany on this data source load with COPY and report progress (the bulk seed). */
export const useBulkLoading = (db: DataSource, options: BulkOptions) => bulkOptions.set(db, options);

/** An array column's value as PostgreSQL's array literal: `{"a","b,c",NULL}`, each element quoted and escaped. */
function arrayLiteral(value: unknown): string | null {
  if (value == null) return null;
  const element = (v: unknown): string =>
    v == null
      ? 'NULL'
      : Array.isArray(v)
        ? arrayLiteral(v)!
        : `"${(v instanceof Date ? v.toISOString() : String(v)).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return `{${(value as unknown[]).map(element).join(',')}}`;
}

/** COPY text format: tab-separated, \N for null, backslash escapes. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'boolean'
        ? value
          ? 't'
          : 'f'
        : Array.isArray(value)
          ? arrayLiteral(value)!
          : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

async function copyRows(
  db: DataSource,
  table: string,
  columns: string[],
  props: string[],
  rows: Record<string, unknown>[],
  onRows?: BulkOptions['onRows'],
) {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const client = await pool.connect();
  try {
    const CHUNK = 5_000;
    const stream = client.query(from(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
    await pipeline(
      Readable.from(
        (function* () {
          for (let i = 0; i < rows.length; i += CHUNK) {
            const chunk = rows.slice(i, i + CHUNK);
            yield chunk.map((r) => props.map((p) => copyValue(r[p])).join('\t')).join('\n') + '\n';
            onRows?.(table, chunk.length);
          }
        })(),
      ),
      stream,
    );
  } finally {
    client.release();
  }
}

/**
 * Inserts many rows (seeding, imports) in bulk: with COPY where `useBulkLoading` asked for it, else in
 * one transaction of `INSERT … SELECT FROM unnest(…)`, one statement per 10,000 rows, each column sent
 * as one typed array. Columns no row sets keep their database default.
 */
export async function insertMany<E extends ObjectLiteral>(db: DataSource, target: EntityTarget<E>, rows: Partial<E>[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = db.getMetadata(target);
  const columns = metadata.columns.filter((c) => rows.some((r) => r[c.propertyName as keyof E] !== undefined));
  const table = metadata.tableName;
  const bulk = bulkOptions.get(db);
  if (bulk?.copy) {
    return copyRows(
      db,
      table,
      columns.map((c) => c.databaseName),
      columns.map((c) => c.propertyName),
      rows as Record<string, unknown>[],
      bulk.onRows,
    );
  }
  const types = columns.map((c) => {
    const type = typeof c.type === 'string' ? c.type : 'text';
    return type === 'timestamp with time zone' ? 'timestamptz' : type;
  });
  // unnest takes one array per column and cannot take an array of arrays of different lengths: an array column
  // goes as an array of its rows' array literals, cast back to the column's type row by row.
  const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c.databaseName}"`).join(', ')})
    SELECT ${columns.map((c, i) => (c.isArray ? `u${i}::${types[i]}[]` : `u${i}`)).join(', ')}
    FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.isArray ? 'text' : types[i]}[]`).join(', ')}) AS u(${columns.map((_, i) => `u${i}`).join(', ')})`;
  const CHUNK = 10_000;
  await db.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await manager.query(
        sql,
        columns.map((c) =>
          chunk.map((r) => (c.isArray ? arrayLiteral(r[c.propertyName as keyof E]) : (r[c.propertyName as keyof E] ?? null))),
        ),
      );
      bulk?.onRows?.(table, chunk.length);
    }
  });
}

/** Whether the database answers; /health uses it. */
export async function databaseIsUp(db: DataSource): Promise<boolean> {
  try {
    await db.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
