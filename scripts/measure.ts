// What the timing scripts share beside their graph calls (graph.ts): milliseconds since a start, percentiles of a
// sorted list, and each running service's resident memory, found by the ports it listens on.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { SUBGRAPHS } from '../subgraphs/registry';

/** The value at percentile `p` of ascending `sorted` (nearest rank). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
/** To one decimal, as the scripts print milliseconds and megabytes. */
export const round = (n: number) => Math.round(n * 10) / 10;
/** Milliseconds since `started` (process.hrtime.bigint()). */
export const since = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

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
