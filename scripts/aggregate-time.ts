// `node dist/scripts/aggregate-time.js`: times issue 14's published counts (cohortAggregate) against a running graph.
//
// Each table is asked --runs times as an analyst: the saved one (test/operations/CohortAggregateByCounty.graphql:
// certificate holders by county and programme), everyone by all four dimensions, the members of active 低保 households,
// and a cohort of most of the city (everyone not registered as employed), each by county, programme, age band and
// gender. It prints the persons counted, the cells, how many were suppressed, the times, and each service's resident
// memory before, at most during, and after (as scripts/cohort-time.ts reads it). For the big city:
// `DATABASE_URL=… SEED_PEOPLE=0 PORT_OFFSET=300 node dist/scripts/start.js` and `--url http://127.0.0.1:4300/graphql`.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { projectPath } from '../shared/src/paths';
import { callerHeaders, data } from './graph';
import { round, sampleMemory, since } from './measure';

const SAVED = readFileSync(projectPath('test', 'operations', 'CohortAggregateByCounty.graphql'), 'utf8');
const BY_CONDITION = `query($condition: CohortCondition, $groupBy: [CohortDimension!]!) {
  cohortAggregate(condition: $condition, groupBy: $groupBy) { by { county { code } programme ageBand gender } count monthlyAmount suppressed }
}`;
const ALL: string[] = ['COUNTY', 'PROGRAMME', 'AGE_BAND', 'GENDER'];

const TABLES: { name: string; query: string; variables: Record<string, unknown> }[] = [
  { name: 'saved: certificate holders by county and programme', query: SAVED, variables: {} },
  { name: 'everyone by all four', query: BY_CONDITION, variables: { condition: null, groupBy: ALL } },
  {
    name: 'active 低保 members by all four',
    query: BY_CONDITION,
    variables: { condition: { households: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' } }, groupBy: ALL },
  },
  {
    name: 'everyone not employed (human resources) by all four',
    query: BY_CONDITION,
    variables: { condition: { not: { jobSeekers: { status: 'EMPLOYED' } } }, groupBy: ALL },
  },
];

new Command()
  .name('node dist/scripts/aggregate-time.js')
  .description('Times published counts (cohortAggregate) through the gateway, with each service’s memory.')
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--runs <n>', 'how many times to ask each table', '3')
  .action(async (opts: { url: string; runs: string }) => {
    const analyst = await callerHeaders('aggregate-time', 'analyst', 'STATISTICS');
    const memory = await sampleMemory(opts.url);

    const tables = [];
    for (const table of TABLES) {
      const ms: number[] = [];
      let cells: { count: number | null; suppressed: boolean }[] = [];
      for (let run = 0; run < Number(opts.runs); run++) {
        const started = process.hrtime.bigint();
        cells = (await data(opts.url, analyst, table.query, table.variables)).cohortAggregate;
        ms.push(round(since(started)));
      }
      const total = cells.at(-1)!;
      tables.push({
        table: table.name,
        persons: total.count,
        cells: cells.length,
        suppressed: cells.filter((c) => c.suppressed).length,
        ms: { min: Math.min(...ms), median: [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)], max: Math.max(...ms) },
      });
    }
    const { before, peak, after } = await memory.stop();
    const grewMb = Object.fromEntries(memory.services.map((name) => [name, round(peak[name] - before[name])]));
    console.log(JSON.stringify({ tables, memoryMb: { grewBy: grewMb, after } }, null, 2));
  })
  .parseAsync()
  .catch((err) => {
    console.error((err as Error).message);
    process.exit(1);
  });
