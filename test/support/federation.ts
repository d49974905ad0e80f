// Starts the real federation for a test: every registry subgraph and the gateway on port 0, real HTTP.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { issueUserToken } from '../../shared/src/auth/tokens';
import { loadGatewayConfig, loadSubgraphConfig, schemaNameOf } from '../../shared/src/config';
import { StatementCounter } from '../../shared/src/db';
import { RunningSubgraph, startSubgraph, SubgraphDefinition } from '../../shared/src/subgraph';
import { startGateway, RunningGateway } from '../../gateway/src/server';
import { compose, registrySources } from '../../gateway/src/supergraph';
import { SUBGRAPHS } from '../../subgraphs/registry';

/** The subgraph definition of a registry entry, by the folder convention `subgraphs/<name>/src/server`. */
export function definitionOf(name: string): SubgraphDefinition<any> {
  return require(`../../subgraphs/${name}/src/server`).definition;
}

/** Unique per call: jest restarts module state for each test file in one worker, so a counter would repeat. */
const freshTag = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, '').slice(0, 12)}`;

export interface TestSubgraphOptions {
  people?: number;
  /** Distinguishes this test file's schemas from another's in the run's database. */
  tag?: string;
  /** Another build of the subgraph (a new version being deployed) over the same database. */
  definition?: SubgraphDefinition<any>;
}

export async function startTestSubgraph(name: string, options: TestSubgraphOptions = {}): Promise<RunningSubgraph> {
  const tag = options.tag ?? freshTag('t');
  const config = loadSubgraphConfig(name, 0, {
    NODE_ENV: 'test',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    DATABASE_SCHEMA: `${schemaNameOf(name)}_${tag}`,
    SEED_PEOPLE: String(options.people ?? 400),
    SEED: '7',
  });
  return startSubgraph(options.definition ?? definitionOf(name), config, new StatementCounter());
}

export interface Federation {
  tag: string;
  gatewayUrl: string;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  token: (role: string) => Promise<string>;
  /** Headers of a caller with `role` and a purpose. */
  as: (role: string, purpose?: string) => Promise<Record<string, string>>;
  stop: () => Promise<void>;
}

export interface FederationOptions extends TestSubgraphOptions {
  /** Serve the supergraph from this file and follow it, as a deploy would update it. */
  supergraphFile?: string;
}

export async function startFederation(options: FederationOptions = {}): Promise<Federation> {
  const tag = options.tag ?? freshTag('f');
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const entry of SUBGRAPHS) subgraphs[entry.name] = await startTestSubgraph(entry.name, { ...options, tag });
  const urls = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
  const config = { ...loadGatewayConfig({ NODE_ENV: 'test' }), port: 0 };
  const sdl = compose(registrySources(urls));
  if (options.supergraphFile) writeFileSync(options.supergraphFile, sdl);
  const gateway = await startGateway(config, options.supergraphFile ? { file: options.supergraphFile, pollMs: 100 } : { sdl });
  const token = (role: string) => issueUserToken(config.jwt, { subject: `test-${role}`, role });
  return {
    tag,
    gatewayUrl: gateway.url,
    gateway,
    subgraphs,
    token,
    as: async (role, purpose = 'CASE_REVIEW') => ({ authorization: `Bearer ${await token(role)}`, 'x-purpose': purpose }),
    stop: async () => {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    },
  };
}
