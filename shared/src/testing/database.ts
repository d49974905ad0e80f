// A fresh PostgreSQL database per test run on the real server, dropped after.
import { Client } from 'pg';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

function adminUrl(): string {
  return process.env.TEST_ADMIN_DATABASE_URL ?? ADMIN_URL;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string): Promise<string> {
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Drops `<prefix><epoch ms>_<pid>` databases older than `maxAgeMs`, left by test runs that were killed. */
export async function dropStaleDatabases(prefix: string, maxAgeMs: number): Promise<void> {
  const stale = await admin(async (c) => {
    const { rows } = await c.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    return rows
      .map((r: { datname: string }) => r.datname)
      .filter((name: string) => Date.now() - Number(name.slice(prefix.length).split('_')[0]) > maxAgeMs);
  });
  for (const name of stale) await dropDatabase(name);
}

/**
 * Drops the agency roles of test schemas (`<agency>_<t|f><12 hex>_owner|_app`) that nothing depends on any
 * more: their database is gone. A role is made in the same transaction as the schema that depends on it,
 * so one that another run is using always has a dependency and is left alone.
 */
export async function dropOrphanedTestRoles(): Promise<void> {
  await admin(async (c) => {
    const { rows } = await c.query(
      `SELECT rolname FROM pg_roles r
        WHERE rolname ~ '^[a-z_]+_[tf][0-9a-f]{12}_(owner|app)$'
          AND NOT EXISTS (SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid)`,
    );
    for (const { rolname } of rows) await c.query(`DROP ROLE IF EXISTS "${rolname}"`).catch(() => undefined);
  });
}
