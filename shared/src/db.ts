// Opens an agency's own database: its schema, its TypeORM entities, its migrations; counts statements.
import 'reflect-metadata';
import { Client, types } from 'pg';
import { DataSource, EntityTarget, Logger, MixedList, ObjectLiteral } from 'typeorm';
import { DatabaseConfig } from './config';

// DATE stays a YYYY-MM-DD string end to end; a JS Date would shift it by the server's time zone.
types.setTypeParser(1082, (value) => value);

/** Counts every SQL statement a data source sends; tests use it to prove batching. */
export class StatementCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];
  constructor(private readonly keep = false) {}
  logQuery(query: string) {
    this.count++;
    if (this.keep) this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements.length = 0;
  }
}

/** TypeORM does not create the schema it is given; this does, before anything else connects. */
export async function ensureSchema(config: DatabaseConfig): Promise<void> {
  const client = new Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema}"`);
  } finally {
    await client.end();
  }
}

export interface OpenDatabaseOptions {
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
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
    logging: ['query'],
    logger: options.counter ?? new StatementCounter(),
    extra: {
      max: config.poolSize,
      // Raw SQL names tables unqualified: each connection looks in the agency's schema first.
      options: `-c search_path=${config.schema},public`,
      connectionTimeoutMillis: 5_000,
      query_timeout: 30_000,
    },
  });
  await db.initialize();
  if (options.runMigrations) await db.runMigrations({ transaction: 'each' });
  return db;
}

/**
 * Inserts many rows (seeding, imports) inside one transaction: one `INSERT … SELECT FROM unnest(…)`
 * statement per 10,000 rows, each column sent as one typed array. Columns no row sets keep their
 * database default.
 */
export async function insertMany<E extends ObjectLiteral>(db: DataSource, target: EntityTarget<E>, rows: Partial<E>[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = db.getMetadata(target);
  const columns = metadata.columns.filter((c) => rows.some((r) => r[c.propertyName as keyof E] !== undefined));
  const table = metadata.tableName;
  const casts = columns.map((c) => {
    const type = typeof c.type === 'string' ? c.type : 'text';
    return type === 'timestamp with time zone' ? 'timestamptz' : type;
  });
  const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c.databaseName}"`).join(', ')})
    SELECT * FROM unnest(${casts.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;
  const CHUNK = 10_000;
  await db.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await manager.query(sql, columns.map((c) => chunk.map((r) => r[c.propertyName as keyof E] ?? null)));
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
