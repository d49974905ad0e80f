// `npm run audit:verify`: checks every subgraph's access-log hash chain and names the first broken link.
import { Command } from 'commander';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ChainReport, verifyChain } from '../shared/src/audit/chain';
import { schemaNameOf } from '../shared/src/config';
import { SUBGRAPHS } from '../subgraphs/registry';
import { someOf } from './cli';

type Checkpoints = Record<string, { id: string; hash: string }>;

/** Each subgraph's database and schema: on one server (a schema each), or a running npm start's embedded ones. */
function databasesOf(
  opts: { databaseUrl?: string; dataDir: string; schemaSuffix: string },
  names: string[],
): Record<string, { url: string; schema: string }> {
  const listed = join(opts.dataDir, 'databases.json');
  if (!opts.databaseUrl && !process.env.DATABASE_URL && existsSync(listed)) return JSON.parse(readFileSync(listed, 'utf8'));
  const url = opts.databaseUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  return Object.fromEntries(
    names.map((name) => [name, { url, schema: `${schemaNameOf(name)}${opts.schemaSuffix ? `_${opts.schemaSuffix}` : ''}` }]),
  );
}

new Command()
  .name('npm run audit:verify --')
  .description(
    "Recomputes every entry's hash in every subgraph's access log, in order, and names the first entry where a chain breaks " +
      '(an entry altered, removed, reordered, or cut off the end). Exits 1 when any chain is broken.',
  )
  .option(
    '--database-url <url>',
    'the PostgreSQL server and database (default DATABASE_URL; else the embedded databases of a running `npm start`; else the local server)',
  )
  .option('--data-dir <dir>', 'where a running `npm start` keeps its embedded databases (it lists them in databases.json)', '.data')
  .option('--schema-suffix <s>', 'check <agency>_<suffix> schemas instead of <agency>', '')
  .option(
    '--only <names>',
    'comma-separated subgraphs to check (default: every one in the registry)',
    someOf(
      '--only',
      SUBGRAPHS.map((s) => s.name),
    ),
  )
  .option(
    '--checkpoints <file>',
    "a JSON file of each chain's head from an earlier run: each must still be in its chain with the same hash (an owner who rewrote a whole chain shows here); the file is updated with the new heads",
  )
  .action(async (opts: { databaseUrl?: string; dataDir: string; schemaSuffix: string; only?: string[]; checkpoints?: string }) => {
    const names = opts.only ?? SUBGRAPHS.map((s) => s.name);
    const checkpoints: Checkpoints =
      opts.checkpoints && existsSync(opts.checkpoints) ? JSON.parse(readFileSync(opts.checkpoints, 'utf8')) : {};
    const where = databasesOf(opts, names);
    const reports: (ChainReport & { subgraph: string })[] = [];
    for (const name of names) {
      const { url, schema } = where[name];
      const client = new Client({ connectionString: url });
      const report = await client
        .connect()
        .then(() => verifyChain(client, schema, checkpoints[name]))
        .catch((err: Error) => ({ schema, entries: 0, head: null, broken: `could not be read: ${err.message}` }))
        .finally(() => client.end().catch(() => undefined));
      reports.push({ subgraph: name, ...report });
      const head = report.head ? `, head #${report.head.id} ${report.head.hash.slice(0, 16)}…` : '';
      console.log(
        report.broken
          ? `${name}: BROKEN after ${report.entries} good entries: ${report.broken}`
          : `${name}: ${report.entries} entries, chain intact${head}`,
      );
    }
    const broken = reports.filter((r) => r.broken);
    if (opts.checkpoints && broken.length === 0) {
      writeFileSync(
        opts.checkpoints,
        JSON.stringify({ ...checkpoints, ...Object.fromEntries(reports.filter((r) => r.head).map((r) => [r.subgraph, r.head])) }, null, 2),
      );
    }
    console.log(broken.length ? `${broken.length} of ${reports.length} chains broken` : `all ${reports.length} chains intact`);
    process.exitCode = broken.length ? 1 : 0;
  })
  .parseAsync()
  .catch((err: Error) => {
    console.error(`audit:verify: ${err.message}`);
    process.exitCode = 2;
  });
