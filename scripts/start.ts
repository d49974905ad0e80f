// `npm start`: an embedded PGlite per agency (or DATABASE_URL), every subgraph in its own process, the gateway.
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { mkdirSync, writeFileSync } from 'node:fs';
import { compose, registrySources } from '../gateway/src/supergraph';
import { adminPortFor, developmentEnv, loadLauncherConfig, schemaNameOf } from '../shared/src/config';
import { provisionAgencyRoles } from '../shared/src/database-roles';
import { projectPath } from '../shared/src/paths';
import { SUBGRAPHS } from '../subgraphs/registry';

const config = loadLauncherConfig();
const children: { name: string; child: ChildProcess }[] = [];
let stopping = false;
const started = Date.now();

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Prints a child's JSON log lines as short human lines, prefixed with the service. */
function relay(name: string, stream: NodeJS.ReadableStream, onLine?: (line: string) => void) {
  createInterface({ input: stream }).on('line', (line) => {
    onLine?.(line);
    try {
      // time, pid and hostname are the same on every line of a local run: left out.
      const { level, msg, time: _time, pid: _pid, hostname: _hostname, ...rest } = JSON.parse(line);
      const extra = Object.entries(rest)
        .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`)
        .join(' ');
      console.log(`[${name}] ${LEVELS[level] ?? level} ${msg ?? ''} ${extra}`.trimEnd());
    } catch {
      console.log(`[${name}] ${line}`);
    }
  });
}

function run(name: string, script: string, args: string[], env: Record<string, string>, onLine?: (line: string) => void): ChildProcess {
  // Development mode, said explicitly (a service's default is production), unless the caller chose a mode.
  const child = spawn(process.execPath, [projectPath('dist', script), ...args], {
    env: { ...developmentEnv(process.env), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push({ name, child });
  relay(name, child.stdout!, onLine);
  relay(name, child.stderr!);
  child.on('exit', (code, signal) => {
    if (!stopping)
      console.log(
        `[${name}] exited (${signal ?? code}); the other services keep running. Restart it alone with: node dist/${[script, ...args].join(' ')}`,
      );
  });
  return child;
}

/** Starts one agency's embedded database and resolves with its URL. */
function startEmbeddedDatabase(name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = run(`${name}-db`, 'scripts/pglite-host.js', [join(config.dataDir, 'pglite', name), schemaNameOf(name)], {}, (line) => {
      if (line.startsWith('{"ready"')) resolve(JSON.parse(line).url);
    });
    child.once('exit', (code) => reject(new Error(`${name}'s embedded database exited with ${code}`)));
  });
}

/**
 * An agency's connections. On a PostgreSQL server, DATABASE_URL is an administrator's: it makes the
 * agency's owner role (migrations, seed) and runtime role (the service). PGlite is one embedded session
 * with no roles to separate.
 */
async function databaseOf(name: string): Promise<Record<string, string>> {
  if (!config.databaseUrl) return { DATABASE_URL: await startEmbeddedDatabase(name) };
  try {
    const { runtimeUrl, migrationsUrl } = await provisionAgencyRoles(config.databaseUrl, schemaNameOf(name));
    return { DATABASE_URL: runtimeUrl, MIGRATIONS_DATABASE_URL: migrationsUrl };
  } catch (err) {
    throw new Error(`could not make ${name}'s database roles with DATABASE_URL (it needs CREATEROLE): ${(err as Error).message}`, {
      cause: err,
    });
  }
}

async function waitHealthy(name: string, url: string, child: ChildProcess, timeoutMs = 15 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was healthy`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} was not healthy at ${url} within ${timeoutMs / 1000}s`);
}

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('stopping every service…');
  // Gateway first, then subgraphs, then their databases: nothing loses what it depends on mid-request.
  for (const group of [['gateway'], SUBGRAPHS.map((s) => s.name), SUBGRAPHS.map((s) => `${s.name}-db`)]) {
    const running = children.filter((c) => group.includes(c.name) && c.child.exitCode === null);
    running.forEach((c) => c.child.kill('SIGTERM'));
    await Promise.all(running.map((c) => once(c.child, 'exit')));
  }
  process.exit(code);
}

async function main() {
  process.once('SIGINT', () => void stopAll());
  process.once('SIGTERM', () => void stopAll());
  const where = config.databaseUrl
    ? `PostgreSQL at ${new URL(config.databaseUrl).host} (a schema per agency)`
    : `embedded PGlite in ${config.dataDir}/pglite (a database per agency)`;
  console.log(`starting ${SUBGRAPHS.length} subgraphs on ${where}, demo city of ${config.seedPeople} people`);

  const portOf = (s: { port: number }) => s.port + config.portOffset;
  const port = Number(process.env.PORT ?? 4000 + config.portOffset);
  const embedded: Record<string, { url: string; schema: string }> = {};
  await Promise.all(
    SUBGRAPHS.map(async (s) => {
      const database = await databaseOf(s.name);
      if (!config.databaseUrl) embedded[s.name] = { url: database.DATABASE_URL, schema: schemaNameOf(s.name) };
      const child = run(s.name, 'subgraphs/serve.js', [s.name], {
        PORT: String(portOf(s)),
        // Each its own: an ADMIN_PORT in the caller's environment is the gateway's.
        ADMIN_PORT: String(adminPortFor(portOf(s))),
        ...database,
        // One PGlite session serves every connection, so a pool larger than a few only queues.
        ...(config.databaseUrl ? {} : { DATABASE_POOL_SIZE: '4' }),
        SEED_PEOPLE: String(config.seedPeople),
        SEED: String(config.seed),
        // Where the agency's service acts on the graph (its outbox, its workflows) once the gateway is up.
        GATEWAY_URL: `http://127.0.0.1:${port}/graphql`,
      });
      await waitHealthy(s.name, `http://127.0.0.1:${portOf(s)}/health`, child);
    }),
  );
  mkdirSync(config.dataDir, { recursive: true });
  // Where each embedded database listens while the graph runs: `npm run audit:verify` reads its logs there.
  if (!config.databaseUrl) writeFileSync(join(config.dataDir, 'databases.json'), JSON.stringify(embedded, null, 2));
  // The gateway follows this file: `npm run compose -- <it>` publishes a new supergraph without a restart.
  const supergraphFile = join(config.dataDir, 'supergraph.graphql');
  writeFileSync(
    supergraphFile,
    compose(registrySources(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${portOf(s)}/graphql`])))),
  );
  const gateway = run('gateway', 'gateway/src/index.js', [], { SUPERGRAPH_FILE: supergraphFile, PORT: String(port) });
  await waitHealthy('gateway', `http://127.0.0.1:${port}/health`, gateway);
  console.log(`
  The social-assistance graph is up (${((Date.now() - started) / 1000).toFixed(1)}s).
    Explorer:  http://127.0.0.1:${port}/           (pre-filled with a caseworker token)
    GraphQL:   http://127.0.0.1:${port}/graphql
    Admin:     http://127.0.0.1:${adminPortFor(port, process.env.ADMIN_PORT ? Number(process.env.ADMIN_PORT) : undefined)}/ready and /metrics (each subgraph: its port + 1000)
    Supergraph: ${supergraphFile} (publish a new one: npm run compose -- ${supergraphFile})
    A token:   npm run -s token -- caseworker    (roles: caseworker, analyst, admin, auditor, ${SUBGRAPHS.map((s) => s.name).join(', ')})
  Ctrl-C stops everything.`);
}

main().catch((err) => {
  console.error(`npm start failed: ${err.message}`);
  void stopAll(1);
});
