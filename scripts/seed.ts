// `npm run seed`: loads the demo city into every agency's schema on a real PostgreSQL server with COPY.
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { generateCity } from '../shared/src/demo/city';
import { loadSubgraphConfig, schemaNameOf } from '../shared/src/config';
import { openDatabase, useBulkLoading } from '../shared/src/db';
import { markSeeded, migrationsOf, SubgraphDefinition } from '../shared/src/subgraph';
import { SUBGRAPHS } from '../subgraphs/registry';

const definitionOf = (name: string): SubgraphDefinition<unknown> => require(`../subgraphs/${name}/src/server`).definition;

new Command()
  .name('npm run seed --')
  .description('Generates the demo city and bulk-loads every agency\'s share (COPY), replacing what is there.')
  .option('--people <n>', 'people in the city', '1000000')
  .option('--seed <n>', 'random seed', '2026')
  .option('--database-url <url>', 'PostgreSQL server and database (default DATABASE_URL or the local server)')
  .option('--schema-suffix <s>', 'load into <agency>_<suffix> schemas instead of <agency>', '')
  .action(async (opts: { people: string; seed: string; databaseUrl?: string; schemaSuffix: string }) => {
    const people = Number(opts.people);
    const started = Date.now();
    const env = { ...process.env, ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}) };
    const base = loadSubgraphConfig('seed', 0, env);
    console.log(`generating a city of ${people.toLocaleString('en')} people (seed ${opts.seed})…`);
    const city = generateCity({ people, seed: Number(opts.seed), personKeySecret: base.personKeySecret });
    console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)}s: ${city.households.length.toLocaleString('en')} households`);

    const bar = new SingleBar({ format: '{bar} {value}/{total} agencies | {agency} {table}: {rows} rows', hideCursor: true }, Presets.shades_classic);
    bar.start(SUBGRAPHS.length, 0, { agency: '', table: '', rows: 0 });
    const timings: Record<string, number> = {};
    for (const entry of SUBGRAPHS) {
      const t0 = Date.now();
      const schema = `${schemaNameOf(entry.name)}${opts.schemaSuffix ? `_${opts.schemaSuffix}` : ''}`;
      const config = loadSubgraphConfig(entry.name, 0, { ...env, DATABASE_SCHEMA: schema });
      const definition = definitionOf(entry.name);
      // A fresh schema: the load replaces the demo data (and its access log) wholesale.
      const admin = await openDatabase({ ...config.database, schema: 'public' }, { entities: [], migrations: [], runMigrations: false });
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.destroy();
      const db = await openDatabase(config.database, {
        entities: definition.entities,
        migrations: migrationsOf(definition),
        runMigrations: true,
      });
      let rows = 0;
      useBulkLoading(db, { copy: true, onRows: (table, n) => bar.update({ agency: entry.name, table, rows: (rows += n).toLocaleString('en') }) });
      await definition.seed(db, city, config.personKeySecret);
      await markSeeded(db, Number(opts.seed), people);
      await db.query('ANALYZE');
      await db.destroy();
      timings[entry.name] = (Date.now() - t0) / 1000;
      bar.increment();
    }
    bar.stop();
    console.log(JSON.stringify({ people, households: city.households.length, seconds: (Date.now() - started) / 1000, perAgencySeconds: timings }, null, 2));
  })
  .parseAsync();
