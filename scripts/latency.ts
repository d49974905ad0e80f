// `npm run latency`: one request at a time through the gateway, many times; prints the median and tails.
import { Command } from 'commander';
import { percentile } from './measure';
import { caseworkerHeaders, contractOperation, screenTargets } from './screens';

new Command()
  .name('npm run latency --')
  .description('Sequential latency of a contract operation through the gateway (warm-up, then N timed requests).')
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--operation <name>', 'PersonView or HouseholdView', 'PersonView')
  .option('--requests <n>', 'timed requests', '500')
  .option('--warmup <n>', 'untimed requests first', '50')
  .option('--purpose <p>', 'x-purpose', 'CASE_REVIEW')
  .action(async (opts: { url: string; operation: string; requests: string; warmup: string; purpose: string }) => {
    const headers = await caseworkerHeaders('latency', opts.purpose);
    const query = contractOperation(opts.operation);
    const targets = await screenTargets(opts.url, headers);
    const ids = opts.operation === 'HouseholdView' ? targets.households : targets.persons;
    const times: number[] = [];
    const total = Number(opts.warmup) + Number(opts.requests);
    for (let i = 0; i < total; i++) {
      const started = process.hrtime.bigint();
      const res = (await (
        await fetch(opts.url, { method: 'POST', headers, body: JSON.stringify({ query, variables: { id: ids[i % ids.length] } }) })
      ).json()) as any;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (res.errors) throw new Error(`${opts.operation} answered with errors: ${JSON.stringify(res.errors).slice(0, 300)}`);
      if (i >= Number(opts.warmup)) times.push(ms);
    }
    times.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 100) / 100;
    console.log(
      JSON.stringify(
        {
          operation: opts.operation,
          requests: times.length,
          medianMs: round(percentile(times, 50)),
          p90Ms: round(percentile(times, 90)),
          p99Ms: round(percentile(times, 99)),
          minMs: round(times[0]),
        },
        null,
        2,
      ),
    );
  })
  .parseAsync();
