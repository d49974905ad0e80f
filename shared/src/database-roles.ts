// The two database roles of an agency: an owner that migrates, and a runtime role that owns nothing.
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** The tables the runtime role may only append to and read: the records PIPL Art 56 says are kept. */
export const APPEND_ONLY_TABLES = ['access_log', 'change_history'] as const;
/** Tables the runtime role may not touch at all (the access log's chain head is written by its trigger). */
const OWNER_ONLY_TABLES = ['access_log_chain', 'schema_migrations', 'demo_seed'];

export interface AgencyRoles {
  owner: string;
  runtime: string;
}

/** `civil_affairs` -> civil_affairs_owner (migrates, owns every object) and civil_affairs_app (the service). */
export const agencyRoles = (schema: string): AgencyRoles => ({ owner: `${schema}_owner`, runtime: `${schema}_app` });

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`${JSON.stringify(name)} is not a plain SQL identifier`);
  return `"${name}"`;
};

const withUser = (url: string, user: string) => {
  const u = new URL(url);
  u.username = user;
  u.password = '';
  return u.toString();
};

export interface ProvisionedUrls {
  /** For the service: the runtime role. */
  runtimeUrl: string;
  /** For migrations and the demo seed: the owner role. */
  migrationsUrl: string;
}

/**
 * With an administrator's connection (a role with CREATEROLE), makes an agency's owner and runtime roles
 * and its schema, owned by the owner, in one transaction (so a role never exists without the schema that
 * depends on it). Idempotent: existing roles are kept (and stripped of any power), and a schema that some other role
 * owns (a bulk load made it as the administrator) is handed to the owner with everything in it.
 * Returns the URLs the service and its migrations connect with. The roles get no password: this is for a
 * server that trusts local connections (`npm start`, the tests, the bulk seed); where the server asks for
 * passwords, the database's own init makes the roles (docker-compose.yml, scripts/docker/init-agency-roles.sh).
 */
export async function provisionAgencyRoles(adminUrl: string, schema: string): Promise<ProvisionedUrls> {
  const roles = agencyRoles(schema);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Two launchers provisioning one server at once must not race on CREATE ROLE.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('provision-agency-roles'))");
    for (const role of [roles.owner, roles.runtime]) {
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
      await client.query(
        `${exists ? 'ALTER' : 'CREATE'} ROLE ${ident(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS`,
      );
    }
    // The administrator hands over what it creates; it must be a member of the owner role to do so.
    await client.query(`GRANT ${ident(roles.owner)} TO CURRENT_USER`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)} AUTHORIZATION ${ident(roles.owner)}`);
    const { rows } = await client.query(`SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1`, [schema]);
    if (rows[0].owner !== roles.owner) {
      await client.query(`ALTER SCHEMA ${ident(schema)} OWNER TO ${ident(roles.owner)}`);
      await handOver(client, schema, roles.owner);
    }
    await client.query(`GRANT USAGE ON SCHEMA ${ident(schema)} TO ${ident(roles.runtime)}`);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  return { runtimeUrl: withUser(adminUrl, roles.runtime), migrationsUrl: withUser(adminUrl, roles.owner) };
}

/** Gives the owner every table, sequence and function of the schema that another role made. */
async function handOver(client: Client, schema: string, owner: string) {
  const { rows } = await client.query(
    `SELECT format('ALTER %s %I.%I OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, n.nspname, c.relname, $2::text) AS sql
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v') AND pg_get_userbyid(c.relowner) <> $2
     UNION ALL
     SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, $2::text)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND pg_get_userbyid(p.proowner) <> $2`,
    [schema, owner],
  );
  for (const { sql } of rows) await client.query(sql);
}

/**
 * Run as the owner after its migrations: the runtime role reads and writes the agency's records, only
 * appends to and reads the logs, and has nothing on the tables only the owner's triggers write.
 */
export async function grantRuntimeRole(owner: DataSource, schema: string, runtimeRole: string): Promise<void> {
  const s = ident(schema);
  const r = ident(runtimeRole);
  await owner.transaction(async (tx) => {
    await tx.query(`GRANT USAGE ON SCHEMA ${s} TO ${r}`);
    await tx.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`);
    await tx.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`);
    const present: { name: string }[] = await tx.query('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1', [schema]);
    const has = (t: string) => present.some((p) => p.name === t);
    for (const table of APPEND_ONLY_TABLES.filter(has)) {
      await tx.query(`REVOKE ALL ON ${s}.${ident(table)} FROM ${r}`);
      await tx.query(`GRANT SELECT, INSERT ON ${s}.${ident(table)} TO ${r}`);
    }
    for (const table of OWNER_ONLY_TABLES.filter(has)) await tx.query(`REVOKE ALL ON ${s}.${ident(table)} FROM ${r}`);
  });
}

/**
 * What is wrong with the role a service connects as, for production to refuse: a superuser, or a role
 * that owns the schema or anything in it (an owner can disable the log's triggers, alter or drop it).
 */
export async function runtimeRoleProblems(db: DataSource, schema: string): Promise<string[]> {
  const [me] = await db.query(
    'SELECT current_user AS name, rolsuper AS superuser, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user',
  );
  const problems: string[] = [];
  if (me.superuser) problems.push(`${me.name} is a superuser`);
  if (me.bypass) problems.push(`${me.name} bypasses row security`);
  const [owned] = await db.query(
    `SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = $1 AND pg_has_role(nspowner, 'USAGE'))::int AS schemas,
            (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND pg_has_role(c.relowner, 'USAGE'))::int AS relations`,
    [schema],
  );
  if (owned.schemas > 0) problems.push(`${me.name} owns (or is a member of the owner of) schema ${schema}`);
  if (owned.relations > 0) problems.push(`${me.name} owns ${owned.relations} tables or sequences of ${schema}`);
  return problems;
}
