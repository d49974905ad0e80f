// `node dist/scripts/price-linkage-time.js`: times a triggered month's price-subsidy batch against a running graph.
//
// Against a graph started with `npm start` (development tokens): it makes a month of the demo series trigger (as the
// price bureau, correcting its CPI to --cpi), runs finance's batch for it as a finance writer, and prints how long the
// batch took, with its counts. A month not yet published, or whose batch already ran, is skipped for the one before it, so each run times a
// fresh batch. For the big city: `npm run seed -- --people 1000000`, then `DATABASE_URL=… SEED_PEOPLE=0 npm start`.
import { Command } from 'commander';
import { callerHeaders, data, send } from './graph';
import { cityToday } from '../shared/src/dates';
import { addMonths, monthOf } from '../subgraphs/prices/src/figures';

const INDICES = `query($from: String!) { priceIndices(filter: { from: $from, to: $from }) { nodes { id kind value version } } }`;
const CORRECT = `mutation($input: CorrectPriceIndexInput!) { correctPriceIndex(input: $input) { id value } }`;
const FIGURES = 'status runs rise startedAt finishedAt lastError covered paid withoutAccount total groups { group persons }';
const BATCH = `query($month: String!) { priceSubsidyBatch(month: $month) { ${FIGURES} } }`;
const RUN = `mutation($month: String!) { runPriceSubsidyBatch(input: { month: $month }) { ${FIGURES} } }`;

new Command()
  .name('node dist/scripts/price-linkage-time.js')
  .description("Times a triggered month's price-subsidy batch through the gateway.")
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--cpi <value>', "the month's CPI, year on year (a value that triggers)", '103.6')
  .option('--month <YYYY-MM>', 'the month to run (default: the latest month of the series with no batch yet)')
  .action(async (opts: { url: string; cpi: string; month?: string }) => {
    const as = (role: string) => callerHeaders(`price-linkage-time-${role}`, role, 'CASE_REVIEW');
    const [prices, finance] = [await as('prices'), await as('finance')];

    /** The month's published CPI, when it is published and the month has no batch yet. */
    const fresh = async (month: string) => {
      const { priceIndices } = await data(opts.url, prices, INDICES, { from: month });
      const cpi = priceIndices.nodes.find((i: { kind: string }) => i.kind === 'CPI');
      return cpi && !(await data(opts.url, finance, BATCH, { month })).priceSubsidyBatch ? cpi : undefined;
    };
    let month = opts.month;
    let cpi = month ? await fresh(month) : undefined;
    for (let back = 1; !opts.month && !cpi && back <= 24; back++) {
      month = addMonths(monthOf(cityToday()), -back);
      cpi = await fresh(month);
    }
    if (!cpi || !month) throw new Error(`no month ${opts.month ?? 'of the last two years'} has a published CPI and no batch yet`);
    if (cpi.value !== opts.cpi)
      await data(opts.url, prices, CORRECT, {
        input: { id: cpi.id, version: cpi.version, value: opts.cpi, publishedOn: cityToday(), reason: '计时: 使该月触发联动' },
      });

    const started = process.hrtime.bigint();
    const answer = await send(opts.url, finance, RUN, { month });
    // A batch longer than the gateway's SUBGRAPH_TIMEOUT_MS goes on in finance after the gateway gave up: wait for it.
    let batch = answer.data?.runPriceSubsidyBatch;
    if (!batch) console.error(`the gateway answered ${JSON.stringify(answer.errors)}; waiting for the batch to finish`);
    while (!batch || batch.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      batch = (await data(opts.url, finance, BATCH, { month })).priceSubsidyBatch;
    }
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const seconds = (Date.parse(batch.finishedAt) - Date.parse(batch.startedAt)) / 1000;
    console.log(
      JSON.stringify(
        { month, seconds, wallSeconds: Math.round(wall * 100) / 100, personsPerSecond: Math.round(batch.covered / seconds), ...batch },
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
