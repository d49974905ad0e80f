// `node dist/scripts/aggregate-time.js`: times issue 14's published counts (cohortAggregate) against a running graph.
//
// Each table is asked --runs times as an analyst: the saved one (test/operations/CohortAggregateByCounty.graphql:
// certificate holders by county and programme), everyone by all four dimensions, the members of active 低保 households,
// and a cohort of most of the city (everyone not registered as employed), each by county, programme, age band and
// gender. It prints the persons counted, the cells, how many were suppressed, the times, and each service's resident
// memory before, at most during, and after (as scripts/cohort-time.ts reads it). For the big city:
// `DATABASE_URL=… SEED_PEOPLE=0 PORT_OFFSET=300 node dist/scripts/start.js` and `--url http://127.0.0.1:4300/graphql`.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { issueUserToken } from '../shared/src/auth/tokens';
import { loadTokenConfig } from '../shared/src/config';
import { projectPath } from '../shared/src/paths';
import { SUBGRAPHS } from '../subgraphs/registry';
import { data } from './graph';

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

const round = (n: number) => Math.round(n * 10) / 10;
const since = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

/** The process listening on each of the graph's ports, by service name. */
function servicePids(gatewayPort: number, offset: number): Record<string, number> {
  const listening = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  const pidAt = (port: number) => {
    const line = listening.split('\n').find((l) => new RegExp(`:${port}\\s`).test(l));
    const pid = line && /pid=(\d+)/.exec(line)?.[1];
    return pid ? Number(pid) : undefined;
  };
  const services = [['gateway', gatewayPort] as const, ...SUBGRAPHS.map((s) => [s.name, s.port + offset] as const)];
  return Object.fromEntries(services.flatMap(([name, port]) => (pidAt(port) ? [[name, pidAt(port)!]] : [])));
}

/** Each process's resident memory in MB, by service name. */
async function rss(pids: Record<string, number>): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'pid=,rss=', '-p', Object.values(pids).join(',')], { encoding: 'utf8' });
  const byPid = new Map(
    stdout
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]),
  );
  return Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, round((byPid.get(pid) ?? 0) / 1024)]));
}

new Command()
  .name('node dist/scripts/aggregate-time.js')
  .description('Times published counts (cohortAggregate) through the gateway, with each service’s memory.')
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--runs <n>', 'how many times to ask each table', '3')
  .action(async (opts: { url: string; runs: string }) => {
    const config = loadTokenConfig();
    const analyst = {
      authorization: `Bearer ${await issueUserToken(config.jwt, { subject: 'aggregate-time', role: 'analyst' })}`,
      'x-purpose': 'STATISTICS',
    };
    const gatewayPort = Number(new URL(opts.url).port);
    const pids = servicePids(gatewayPort, gatewayPort - 4000);
    const before = await rss(pids);
    const peak = { ...before };
    const sampler = setInterval(async () => {
      for (const [name, mb] of Object.entries(await rss(pids))) peak[name] = Math.max(peak[name], mb);
    }, 100);

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
    clearInterval(sampler);
    const after = await rss(pids);
    const grewMb = Object.fromEntries(Object.keys(pids).map((name) => [name, round(peak[name] - before[name])]));
    console.log(JSON.stringify({ tables, memoryMb: { grewBy: grewMb, after } }, null, 2));
  })
  .parseAsync()
  .catch((err) => {
    console.error((err as Error).message);
    process.exit(1);
  });
