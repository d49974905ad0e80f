// `node dist/scripts/discovery-time.js`: times a run of every proactive-discovery rule (主动发现) against a running graph.
//
// Against a graph started with `npm start` (development tokens): it asks runDiscoveryRules for every active rule as a
// caseworker, reads each run (discoveryRun) until it is no longer RUNNING, and prints, per rule, how long the run took
// from its start to its end as civil affairs recorded them, what it found, opened and closed; then the wall time from the
// request to the last run's end. `--rounds 2` runs them again, as the schedule would the next day (nothing new to open).
// For the big city: `npm run seed -- --people 1000000`, then `DATABASE_URL=… SEED_PEOPLE=0 npm start`.
import { Command } from 'commander';
import { callerHeaders, data } from './graph';

const RUN = `mutation { runDiscoveryRules(input: {}) { id } }`;
const RUN_STATUS = `query($id: ID!) { discoveryRun(id: $id) {
  status startedAt finishedAt matches opened closed error rule { name } } }`;

interface Run {
  status: string;
  startedAt: string;
  finishedAt: string | null;
  matches: number | null;
  opened: number | null;
  closed: number | null;
  error: string | null;
  rule: { name: string };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

new Command()
  .name('node dist/scripts/discovery-time.js')
  .description('Times a run of every proactive-discovery rule through the gateway.')
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--rounds <n>', 'how many times to run every rule, one round after the other', '1')
  .action(async (opts: { url: string; rounds: string }) => {
    const caseworker = await callerHeaders('discovery-time', 'caseworker', 'PROACTIVE_DISCOVERY');
    const rounds = [];
    for (let round = 1; round <= Number(opts.rounds); round++) {
      const asked = Date.now();
      const { runDiscoveryRules } = await data(opts.url, caseworker, RUN, {});
      const answeredMs = Date.now() - asked;
      const runs: Run[] = [];
      for (const { id } of runDiscoveryRules as { id: string }[]) {
        let run: Run;
        for (;;) {
          run = (await data(opts.url, caseworker, RUN_STATUS, { id })).discoveryRun;
          if (run.status !== 'RUNNING') break;
          await pause(250);
        }
        runs.push(run);
      }
      const seconds = (run: Run) => Math.round((Date.parse(run.finishedAt!) - Date.parse(run.startedAt)) / 100) / 10;
      const lastEnd = Math.max(...runs.map((r) => Date.parse(r.finishedAt!)));
      rounds.push({
        round,
        answeredMs,
        wallSeconds: Math.round((lastEnd - asked) / 100) / 10,
        rules: runs.map((r) => ({
          rule: r.rule.name,
          status: r.status,
          seconds: seconds(r),
          matches: r.matches,
          opened: r.opened,
          closed: r.closed,
          ...(r.error ? { error: r.error } : {}),
        })),
      });
    }
    console.log(JSON.stringify(rounds, null, 2));
  })
  .parseAsync()
  .catch((err) => {
    console.error((err as Error).message);
    process.exit(1);
  });
