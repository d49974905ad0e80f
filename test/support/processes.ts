// Real service processes for fault tests: subgraphs from dist/, started, killed and restarted at one port.
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, Server, Socket } from 'node:net';
import { projectPath } from '../../shared/src/paths';

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  return port;
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A subgraph running as its own process, as `npm start` runs it; its admin listener (/ready, /metrics) on a port of its own. */
export class SubgraphProcess {
  private child?: ChildProcess;
  readonly url: string;
  /** Chosen at the first start and kept across restarts, like the public port. */
  adminPort?: number;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}/graphql`;
  }

  get adminUrl(): string {
    return `http://127.0.0.1:${this.adminPort}`;
  }

  async start(): Promise<void> {
    this.adminPort ??= await freePort();
    this.child = spawn(process.execPath, [projectPath('dist', 'subgraphs', 'serve.js'), this.name], {
      env: { ...process.env, ...this.env, PORT: String(this.port), ADMIN_PORT: String(this.adminPort), LOG_LEVEL: 'error' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(async () => (await fetch(`${this.adminUrl}/ready`)).ok, `${this.name} to be ready`);
  }

  /** Dies at once, as a crashed or OOM-killed process does. */
  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGKILL');
    await once(this.child, 'exit');
  }

  /** Asks it to stop, as a deploy or `docker stop` does; resolves with how it ended. */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.child || this.child.exitCode !== null) return { code: this.child?.exitCode ?? null, signal: null };
    this.child.kill('SIGTERM');
    const [code, signal] = await once(this.child, 'exit');
    return { code, signal };
  }
}

/** A TCP proxy in front of a server (PostgreSQL, a subgraph) whose connections a test can cut, hold and restore. */
export class CuttableProxy {
  private server?: Server;
  private sockets = new Set<Socket>();
  /** What clients sent while held, by connection: delivered on release. */
  private held?: Map<Socket, Buffer[]>;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(port = this.port): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      upstream.pipe(client);
      client.on('data', (chunk: Buffer) => {
        const queue = this.held?.get(client) ?? (this.held ? (this.held.set(client, []), this.held.get(client)!) : undefined);
        if (queue) queue.push(chunk);
        else upstream.write(chunk);
      });
      client.on('end', () => upstream.end());
      this.upstreams.set(client, upstream);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    this.server.listen(port, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as { port: number }).port;
  }

  private upstreams = new WeakMap<Socket, Socket>();

  /** Connections stay open and requests go unanswered until release(), as when a server hangs. */
  hold(): void {
    this.held = new Map();
  }

  /** Delivers what was sent while held, and carries everything again. */
  release(): void {
    const held = this.held;
    this.held = undefined;
    for (const [client, chunks] of held ?? []) for (const chunk of chunks) this.upstreams.get(client)?.write(chunk);
  }

  /** Every connection drops and new ones are refused, as when the database host goes away. */
  async cut(): Promise<void> {
    const closed = new Promise((r) => this.server?.close(r));
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  close = () => this.cut();
}
