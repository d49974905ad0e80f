// `node dist/scripts/cohort-time.js`: times the analysts' cohort of issue 14 against a running graph, beside the naive plan.
//
// The cohort is test/operations/CohortDibaoSevereDisabledWithoutCare.graphql (members of active 低保 households with a
// grade 1-2 disability certificate and no severe-care subsidy), its first page and totalCount, asked --runs times as an
// analyst. The naive plan asks the same question without cohorts, once: every page of disabledPersons under the
// certificate filter (100 a page), each node's household's cases joined on, the 低保 ones kept by hand. It prints both,
// the two counts (they must agree), and each service's resident memory before, at most during, and after the cohorts
// (ps, the processes listening on the graph's ports). For the big city: `npm run seed -- --people 1000000`, then
// `DATABASE_URL=… SEED_PEOPLE=0 PORT_OFFSET=300 node dist/scripts/start.js` and `--url http://127.0.0.1:4300/graphql`.
// `--condition '{"and":[…]}'` times another condition (a CohortCondition as JSON) the same way, without a naive plan.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { projectPath } from '../shared/src/paths';
import { callerHeaders, data } from './graph';
import { round, sampleMemory, since, spreadOf } from './measure';

const COHORT = readFileSync(projectPath('test', 'operations', 'CohortDibaoSevereDisabledWithoutCare.graphql'), 'utf8');
const BY_CONDITION = `query($condition: CohortCondition!, $first: Int) {
  cohort(condition: $condition, first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}`;
const NAIVE = `query($after: String) {
  disabledPersons(filter: { grades: [1, 2], lacksSubsidy: SEVERE_CARE }, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id household { assistanceCases { program status } } }
  }
}`;

new Command()
  .name('node dist/scripts/cohort-time.js')
  .description("Times the analysts' cohort (first page and totalCount) through the gateway, beside the naive plan.")
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--runs <n>', 'how many times to ask the cohort', '10')
  .option('--no-naive', 'leave out the naive plan')
  .option('--condition <json>', 'time this CohortCondition (JSON) instead of the saved cohort; no naive plan')
  .action(async (opts: { url: string; runs: string; naive: boolean; condition?: string }) => {
    const [query, variables] = opts.condition ? [BY_CONDITION, { condition: JSON.parse(opts.condition) }] : [COHORT, {}];
    const analyst = await callerHeaders('cohort-time', 'analyst', 'STATISTICS');
    const sampling = await sampleMemory(opts.url);

    const ms: number[] = [];
    let cohort: { totalCount: number; firstPage: number } | undefined;
    for (let run = 0; run < Number(opts.runs); run++) {
      const started = process.hrtime.bigint();
      const answer = (await data(opts.url, analyst, query, { ...variables, first: 20 })).cohort;
      ms.push(since(started));
      cohort = { totalCount: answer.totalCount, firstPage: answer.nodes.length };
    }
    const { before, peak, after } = await sampling.stop();

    let naive: { ms: number; pages: number; totalCount: number } | undefined;
    if (opts.naive && !opts.condition) {
      const started = process.hrtime.bigint();
      let [pages, count] = [0, 0];
      for (let cursor: string | null = null; ; pages++) {
        const page: any = (await data(opts.url, analyst, NAIVE, { after: cursor })).disabledPersons;
        count += page.nodes.filter((n: any) =>
          n.household?.assistanceCases?.some((c: any) => c.program === 'MINIMUM_LIVING_ALLOWANCE' && c.status === 'ACTIVE'),
        ).length;
        if (!page.pageInfo.hasNextPage) break;
        cursor = page.pageInfo.endCursor;
      }
      naive = { ms: round(since(started)), pages: pages + 1, totalCount: count };
    }

    const memory = Object.fromEntries(
      sampling.services.map((name) => [
        name,
        { before: before[name], peak: peak[name], after: after[name], grewBy: round(peak[name] - before[name]) },
      ]),
    );
    console.log(
      JSON.stringify(
        {
          cohort: { ...cohort, runs: ms.length, ms: spreadOf(ms) },
          naive,
          countsAgree: naive ? naive.totalCount === cohort?.totalCount : undefined,
          memoryMb: memory,
        },
        null,
        2,
      ),
    );
  })
  .parseAsync()
  .catch((err) => {
    console.error((err as Error).message);
    process.exit(1);
  });
