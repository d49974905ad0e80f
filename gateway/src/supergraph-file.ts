// Follows a supergraph file that deploys replace atomically; swaps in a new one only if it is whole and
// its subgraphs answer, else keeps serving the last good one and says why.
import { SupergraphManager, SupergraphSdlHook } from '@apollo/gateway';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { logger } from '../../shared/src/log';
import { forApolloGateway, parseSupergraph } from './supergraph';

export interface SupergraphStatus {
  file: string;
  /** sha256 (first 12 hex) of the supergraph being served. */
  serving: string;
  loadedAt: string;
  /** Why the newest file is not being served, if it is not. */
  rejected?: { hash: string; at: string; reason: string };
}

const hashOf = (sdl: string) => createHash('sha256').update(sdl).digest('hex').slice(0, 12);

/** The /health URL of each subgraph named in a supergraph. */
function subgraphHealthUrls(sdl: string, urlFor: (name: string, url: string) => string): { name: string; url: string }[] {
  return parseSupergraph(sdl)
    .subgraphs()
    .values()
    .map((s) => ({ name: s.name, url: urlFor(s.name, s.url).replace(/\/graphql$/, '/health') }));
}

type HookOptions = Parameters<SupergraphSdlHook>[0];

export class SupergraphFile implements SupergraphManager {
  readonly status: SupergraphStatus;
  private timer?: NodeJS.Timeout;
  private lastSeen = '';
  private checking = false;

  constructor(
    private readonly file: string,
    private readonly urlFor: (name: string, url: string) => string,
    private readonly pollMs = 1000,
  ) {
    this.status = { file, serving: '', loadedAt: '' };
  }

  async initialize({ update }: HookOptions) {
    const sdl = readFileSync(this.file, 'utf8');
    parseSupergraph(sdl);
    this.served(sdl);
    this.timer = setInterval(() => void this.check(update), this.pollMs);
    this.timer.unref();
    return { supergraphSdl: forApolloGateway(sdl), cleanup: async () => clearInterval(this.timer) };
  }

  private served(sdl: string) {
    this.status.serving = hashOf(sdl);
    this.status.loadedAt = new Date().toISOString();
    this.status.rejected = undefined;
    this.lastSeen = `${this.status.serving}`;
  }

  private reject(hash: string, reason: string) {
    this.status.rejected = { hash, at: new Date().toISOString(), reason };
    logger.error({ file: this.file, hash, reason }, 'new supergraph rejected; still serving the last good one');
  }

  /** One look at the file: unchanged, rejected (kept old) or swapped in. */
  async check(update: HookOptions['update']): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      let sdl: string;
      try {
        statSync(this.file);
        sdl = readFileSync(this.file, 'utf8');
      } catch (err) {
        return this.reject('-', `cannot read ${this.file}: ${(err as Error).message}`);
      }
      const hash = hashOf(sdl);
      if (hash === this.lastSeen) return;
      this.lastSeen = hash;
      let subgraphs: { name: string; url: string }[];
      try {
        subgraphs = subgraphHealthUrls(sdl, this.urlFor);
      } catch (err) {
        return this.reject(hash, `not a valid supergraph: ${(err as Error).message.split('\n')[0]}`);
      }
      const down: string[] = [];
      await Promise.all(
        subgraphs.map(async (s) => {
          try {
            const res = await fetch(s.url, { signal: AbortSignal.timeout(3000) });
            if (!res.ok) down.push(`${s.name} (${res.status})`);
          } catch {
            down.push(`${s.name} (unreachable)`);
          }
        }),
      );
      if (down.length) {
        // Look again next time: the subgraph may be mid-restart.
        this.lastSeen = '';
        return this.reject(hash, `subgraphs not healthy: ${down.join(', ')}`);
      }
      try {
        update(forApolloGateway(sdl));
        this.served(sdl);
        logger.info({ file: this.file, hash }, 'serving a new supergraph');
      } catch (err) {
        this.reject(hash, `the gateway refused it: ${(err as Error).message.split('\n')[0]}`);
      }
    } finally {
      this.checking = false;
    }
  }
}
