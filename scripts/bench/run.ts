// Running the benchmark's parts as processes and loading them with autocannon; index.ts puts them in order.
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { isAbsolute } from 'node:path';
import { createInterface } from 'node:readline';
import { projectPath } from '../../shared/src/paths';

export interface Service {
  name: string;
  child: ChildProcess;
  /** The first JSON line the process printed with `ready: true`, when it prints one. */
  ready: Record<string, unknown>;
}

/** Starts `node dist/<script>` (or a script by its absolute path) and resolves once it prints a `{"ready":true…}` line or `readyWhen` holds. */
export async function startService(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  readyWhen?: () => Promise<boolean>,
  timeoutMs = 10 * 60_000,
): Promise<Service> {
  const child = spawn(process.execPath, [isAbsolute(script) ? script : projectPath('dist', script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let ready: Record<string, unknown> | undefined;
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
    if (line.startsWith('{"ready"')) ready = JSON.parse(line);
  };
  createInterface({ input: child.stdout! }).on('line', remember);
  createInterface({ input: child.stderr! }).on('line', remember);
  const deadline = Date.now() + timeoutMs;
  while (!ready && !(readyWhen && (await readyWhen().catch(() => false)))) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${tail.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`${name} was not ready within ${timeoutMs / 1000}s:\n${tail.join('\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { name, child, ready: ready ?? {} };
}

/** Runs `node dist/<script>` to its end, its output shown as it comes; resolves with its exit code. */
export async function runScript(script: string, args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, [projectPath('dist', script), ...args], { stdio: 'inherit' });
  const [code] = await once(child, 'exit');
  return code;
}

export async function stopService(service: Service): Promise<void> {
  if (service.child.exitCode !== null) return;
  service.child.kill('SIGTERM');
  await once(service.child, 'exit');
}

export const healthy = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;

export interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** The request body for one set of variables. */
  body: (variables: Record<string, unknown>) => string;
}

export interface Figures {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  requests: number;
  /** Answers that were not HTTP 200 with data and no errors, plus timeouts and socket errors. */
  errors: number;
  /** Requests per second of each measured round, when the figures are medians over rounds. */
  rounds?: number[];
}

/** Autocannon at a fixed number of connections, cycling through the variables; warm-up first, not counted. */
export async function measure(
  target: Target,
  variables: Record<string, unknown>[],
  options: { connections: number; seconds: number; warmupSeconds: number },
): Promise<Figures> {
  const bodies = variables.map(target.body);
  const run = async (seconds: number) => {
    let next = 0;
    let failed = 0;
    const result = await autocannon({
      url: target.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers },
      connections: options.connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
          onResponse: (status, body) => {
            if (status !== 200 || !body.startsWith('{"data":{') || body.includes('"errors":')) failed++;
          },
        },
      ],
    });
    return { result, failed };
  };
  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const { result, failed } = await run(options.seconds);
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    errors: failed + result.errors + result.timeouts,
  };
}
