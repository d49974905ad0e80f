// `npm run latency`: one request at a time through the gateway, many times; prints the median and tails.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { issueUserToken } from '../shared/src/auth/tokens';
import { loadTokenConfig } from '../shared/src/config';
import { projectPath } from '../shared/src/paths';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

new Command()
  .name('npm run latency --')
  .description('Sequential latency of a contract operation through the gateway (warm-up, then N timed requests).')
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--operation <name>', 'PersonView or HouseholdView', 'PersonView')
  .option('--requests <n>', 'timed requests', '500')
  .option('--warmup <n>', 'untimed requests first', '50')
  .option('--purpose <p>', 'x-purpose', 'CASE_REVIEW')
  .action(async (opts: { url: string; operation: string; requests: string; warmup: string; purpose: string }) => {
    const token = await issueUserToken(loadTokenConfig().jwt, { subject: 'latency', role: 'caseworker' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': opts.purpose };
    const query = readFileSync(projectPath('..', 'shared', 'contract', 'operations', `${opts.operation}.graphql`), 'utf8');
    const list = (await (
      await fetch(opts.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: '{ households(first: 100) { nodes { id members { id } } } }' }),
      })
    ).json()) as any;
    const ids: string[] =
      opts.operation === 'HouseholdView'
        ? list.data.households.nodes.map((h: any) => h.id)
        : list.data.households.nodes.flatMap((h: any) => h.members.map((m: any) => m.id));
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
