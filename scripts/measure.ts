// What the timing scripts share beside their graph calls (graph.ts): milliseconds since a start, percentiles of a
// sorted list and the spread of a run's timings, and each running service's resident memory, found by the ports it
// listens on and sampled while the timings run.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { SUBGRAPHS } from '../subgraphs/registry';

/** The value at percentile `p` of ascending `sorted` (nearest rank). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
/** To one decimal, as the scripts print milliseconds and megabytes. */
export const round = (n: number) => Math.round(n * 10) / 10;
/** Milliseconds since `started` (process.hrtime.bigint()). */
export const since = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

/** The spread of timings in milliseconds, each to one decimal: the fastest, the median, the 95th percentile, the slowest. */
export function spreadOf(ms: number[]): { min: number; median: number; p95: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    min: round(sorted[0]),
    median: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1)!),
  };
}

/** The process listening on each of the graph's ports (the gateway's and each subgraph's at `offset`), by service name. */
export function servicePids(gatewayPort: number, offset: number): Record<string, number> {
  const listening = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  const pidAt = (port: number) => {
    const line = listening.split('\n').find((l) => new RegExp(`:${port}\\s`).test(l));
    const pid = line && /pid=(\d+)/.exec(line)?.[1];
    return pid ? Number(pid) : undefined;
  };
  const services = [['gateway', gatewayPort] as const, ...SUBGRAPHS.map((s) => [s.name, s.port + offset] as const)];
  return Object.fromEntries(services.flatMap(([name, port]) => (pidAt(port) ? [[name, pidAt(port)!]] : [])));
}

/** Each process's resident memory in MB, by service name; read without blocking, so sampling does not slow the timings. */
export async function rss(pids: Record<string, number>): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'pid=,rss=', '-p', Object.values(pids).join(',')], { encoding: 'utf8' });
  const byPid = new Map(
    stdout
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]),
  );
  return Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, round((byPid.get(pid) ?? 0) / 1024)]));
}

/** What a service's resident memory was, in MB, before the sampling, at most during it, and after it. */
export interface MemorySamples {
  before: Record<string, number>;
  peak: Record<string, number>;
  after: Record<string, number>;
}

/**
 * Samples the resident memory of each service of the graph at `url` every 100 ms from now on (the subgraphs on the
 * gateway's port offset, as npm start places them); `stop` ends the sampling and answers what it saw.
 */
export async function sampleMemory(url: string): Promise<{ services: string[]; stop: () => Promise<MemorySamples> }> {
  const gatewayPort = Number(new URL(url).port);
  const pids = servicePids(gatewayPort, gatewayPort - 4000);
  const before = await rss(pids);
  const peak = { ...before };
  const sampler = setInterval(async () => {
    for (const [name, mb] of Object.entries(await rss(pids))) peak[name] = Math.max(peak[name], mb);
  }, 100);
  return {
    services: Object.keys(pids),
    stop: async () => {
      clearInterval(sampler);
      return { before, peak, after: await rss(pids) };
    },
  };
}
