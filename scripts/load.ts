// `npm run load`: holds a fixed request rate of caseworker screens against a running graph, with autocannon;
// reports answers, errors and every service's memory at the start and the end. All its requests come from one
// caller: start the graph with that caller's limits raised (RATE_LIMIT_PER_MINUTE, QUOTA_PER_DAY; README).
import autocannon from 'autocannon';
import { Command } from 'commander';
import { adminPortFor } from '../shared/src/config';
import { SUBGRAPHS } from '../subgraphs/registry';
import { caseworkerHeaders, contractOperation, screenTargets } from './screens';

/** Resident memory of every service, read from its /metrics on its admin listener (npm start's ports). */
async function memory(gatewayAdmin: string): Promise<Record<string, number>> {
  const targets = [['gateway', gatewayAdmin], ...SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${adminPortFor(s.port)}`])];
  const out: Record<string, number> = {};
  for (const [name, base] of targets) {
    const text = await (await fetch(`${base}/metrics`)).text();
    out[name] = Math.round(Number(/^process_resident_memory_bytes (\S+)/m.exec(text)?.[1] ?? NaN) / 1e6);
  }
  return out;
}

new Command()
  .name('npm run load --')
  .description('Holds a fixed rate of PersonView and HouseholdView requests against the gateway.')
  .option('--url <url>', 'the gateway', 'http://127.0.0.1:4000/graphql')
  .option('--rate <n>', 'requests per second, held', '100')
  .option('--duration <s>', 'seconds', '60')
  .option('--connections <n>', 'concurrent connections', '16')
  .option('--admin-url <url>', "the gateway's admin listener (/metrics)", 'http://127.0.0.1:5000')
  .action(async (opts: { url: string; rate: string; duration: string; connections: string; adminUrl: string }) => {
    const headers = await caseworkerHeaders('load-test');
    const { households, persons } = await screenTargets(opts.url, headers);
    const bodies = [
      ...households.map((id) => JSON.stringify({ query: contractOperation('HouseholdView'), variables: { id } })),
      ...persons.map((id) => JSON.stringify({ query: contractOperation('PersonView'), variables: { id } })),
    ];
    const before = await memory(opts.adminUrl);
    let graphqlErrors = 0;
    let rateLimited = 0;
    let next = 0;
    const result = await autocannon({
      url: opts.url,
      method: 'POST',
      headers,
      connections: Number(opts.connections),
      overallRate: Number(opts.rate),
      duration: Number(opts.duration),
      requests: [
        {
          setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
          onResponse: (status, body) => {
            if (status === 429) rateLimited++;
            if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
          },
        },
      ],
    });
    const after = await memory(opts.adminUrl);
    if (rateLimited > 0)
      console.error(
        `${rateLimited} requests were refused with 429 RATE_LIMITED: start the graph with RATE_LIMIT_PER_MINUTE and QUOTA_PER_DAY above this load's rate (README)`,
      );
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    // The rate counts as held when the run completed at least 95% of the requests the rate asks for.
    const held = result.requests.total >= 0.95 * Number(opts.rate) * Number(opts.duration);
    console.log(
      JSON.stringify(
        {
          rate: Number(opts.rate),
          held,
          durationSeconds: Number(opts.duration),
          requests: result.requests.total,
          achievedRate: Math.round(result.requests.average),
          latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
          errors,
          memoryMbBefore: before,
          memoryMbAfter: after,
        },
        null,
        2,
      ),
    );
    process.exit(errors === 0 && held ? 0 : 1);
  })
  .parseAsync();
