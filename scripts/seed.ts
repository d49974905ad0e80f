// `npm run seed`: loads the demo city into every agency's schema on a real PostgreSQL server with COPY.
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { someOf, wholeNumber } from './cli';
import { DataSource } from 'typeorm';
import { DemoCity, generateCity } from '../shared/src/demo/city';
import { developmentEnv, loadSubgraphConfig, schemaNameOf } from '../shared/src/config';
import { openDatabase, useBulkLoading } from '../shared/src/db';
import { provisionAgencyRoles } from '../shared/src/database-roles';
import { markSeeded, migrationsOf } from '../shared/src/subgraph';
import { AGENCY_NAMES, agencyDefinition, SUBGRAPHS } from '../subgraphs/registry';

/** The schema's indexes that no constraint owns: built once after the load rather than row by row during it. */
const secondaryIndexes = (db: DataSource, schema: string): Promise<{ name: string; definition: string }[]> =>
  db.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i
      WHERE schemaname = $1 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [schema],
  );

/** Replaces one agency's schema with its share of the city: migrations, COPY, then indexes and statistics. */
async function loadAgency(name: string, env: NodeJS.ProcessEnv, city: DemoCity, seed: number, people: number, onRows: (n: number) => void) {
  const config = loadSubgraphConfig(name, 0, env);
  const database = {
    ...config.database,
    poolSize: 2,
    queryTimeoutMs: 0,
    // Nothing is lost if the machine fails mid-load (the load starts over), so commits need not wait for the disk.
    sessionSettings: { synchronous_commit: 'off', maintenance_work_mem: '256MB' },
  };
  const definition = await agencyDefinition(name);
  // A fresh schema: the load replaces the demo data (and its access log) wholesale.
  const admin = await openDatabase({ ...database, schema: 'public' }, { entities: [], migrations: [], runMigrations: false });
  await admin.query(`DROP SCHEMA IF EXISTS "${database.schema}" CASCADE`);
  await admin.destroy();
  // Loaded as the schema's owner role, as the service's migrations would make it; the service runs as the other.
  const { migrationsUrl } = await provisionAgencyRoles(database.url, database.schema);
  const db = await openDatabase(
    { ...database, url: migrationsUrl },
    { entities: definition.entities, migrations: migrationsOf(definition), runMigrations: true },
  );
  try {
    const indexes = await secondaryIndexes(db, database.schema);
    for (const index of indexes) await db.query(`DROP INDEX "${database.schema}"."${index.name}"`);
    useBulkLoading(db, { copy: true, onRows: (_table, n) => onRows(n) });
    await definition.seed(db, city, config.personKeySecret);
    for (const index of indexes) await db.query(index.definition);
    // VACUUM as well as ANALYZE: a fresh visibility map lets counts answer from their index alone. Only this
    // agency's tables: a VACUUM of the whole database trips over another agency's schema being dropped meanwhile.
    const tables: { name: string }[] = await db.query(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = $1`,
      [database.schema],
    );
    await db.query(`VACUUM (ANALYZE) ${tables.map((t) => t.name).join(', ')}`);
    // Last: a load that failed on the way is not taken for a loaded city (npm run bench checks this marker).
    await markSeeded(db, seed, people);
  } finally {
    await db.destroy();
  }
}

new Command()
  .name('npm run seed --')
  .description("Generates the demo city and bulk-loads every agency's share (COPY), replacing what is there.")
  .option('--people <n>', 'people in the city', wholeNumber('--people', 1, 2_000_000), 1_000_000)
  .option('--seed <n>', 'random seed', wholeNumber('--seed', 0, 2 ** 31 - 1), 2026)
  .option('--database-url <url>', 'PostgreSQL server and database (default DATABASE_URL or the local server)')
  .option('--schema-suffix <s>', 'load into <agency>_<suffix> schemas instead of <agency>', '')
  .option('--parallel <n>', 'agencies loaded at once (each on its own server connection)', wholeNumber('--parallel', 1, 7), 2)
  .option('--agencies <list>', 'load only these agencies (the others keep what they hold)', someOf('--agencies', AGENCY_NAMES))
  .action(
    async (opts: { people: number; seed: number; databaseUrl?: string; schemaSuffix: string; parallel: number; agencies?: string[] }) => {
      const people = opts.people;
      const started = Date.now();
      // Development keys, as `npm start` derives them, unless NODE_ENV says otherwise.
      const env = { ...developmentEnv(process.env), ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}) };
      const base = loadSubgraphConfig('seed', 0, env);
      console.log(`generating a city of ${people.toLocaleString('en')} people (seed ${opts.seed})…`);
      const city = generateCity({ people, seed: opts.seed, personKeySecret: base.personKeySecret });
      console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)}s: ${city.households.length.toLocaleString('en')} households`);

      const bar = new SingleBar(
        // Off a terminal (CI, a log file) the bar is printed as a line every 5 s instead of redrawn.
        { format: '{bar} {value}/{total} agencies | {rows} rows | {loading}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 5_000 },
        Presets.shades_classic,
      );
      let rows = 0;
      const loading = new Set<string>();
      const update = () => bar.update({ rows: rows.toLocaleString('en'), loading: [...loading].join(', ') });
      const queue = SUBGRAPHS.filter((s) => !opts.agencies || opts.agencies.includes(s.name));
      bar.start(queue.length, 0, { rows: 0, loading: '' });
      const timings: Record<string, number> = {};
      const worker = async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const t0 = Date.now();
          loading.add(entry.name);
          const schema = `${schemaNameOf(entry.name)}${opts.schemaSuffix ? `_${opts.schemaSuffix}` : ''}`;
          await loadAgency(entry.name, { ...env, DATABASE_SCHEMA: schema }, city, opts.seed, people, (n) => {
            rows += n;
            update();
          });
          loading.delete(entry.name);
          timings[entry.name] = (Date.now() - t0) / 1000;
          bar.increment();
          update();
        }
      };
      await Promise.all(Array.from({ length: opts.parallel }, worker));
      bar.stop();
      console.log(
        JSON.stringify(
          { people, households: city.households.length, seconds: (Date.now() - started) / 1000, perAgencySeconds: timings },
          null,
          2,
        ),
      );
    },
  )
  .parseAsync();
