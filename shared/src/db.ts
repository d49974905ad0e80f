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
 * Inserts many rows in chunks of multi-row INSERTs inside one transaction (seeding, imports).
 * The chunk keeps each statement under PostgreSQL's 65,535 parameter limit.
 */
export async function insertMany<E extends ObjectLiteral>(db: DataSource, target: EntityTarget<E>, rows: Partial<E>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = db.getMetadata(target).columns.length;
  const chunk = Math.max(1, Math.floor(60_000 / columns));
  await db.transaction(async (manager) => {
    for (let i = 0; i < rows.length; i += chunk) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(target)
        .values(rows.slice(i, i + chunk) as never)
        .updateEntity(false)
        .execute();
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
