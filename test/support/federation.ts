// Starts the real federation for a test: every registry subgraph and the gateway on port 0, real HTTP.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { purposesForRole } from '../../shared/src/auth/purposes';
import { issueUserToken } from '../../shared/src/auth/tokens';
import { loadGatewayConfig, loadSubgraphConfig, schemaNameOf } from '../../shared/src/config';
import { StatementCounter } from '../../shared/src/db';
import { provisionAgencyRoles } from '../../shared/src/database-roles';
import { RunningSubgraph, startSubgraph, SubgraphDefinition } from '../../shared/src/subgraph';
import { startGateway, RunningGateway } from '../../gateway/src/server';
import { compose, registrySources } from '../../gateway/src/supergraph';
import { agencyDefinition, SUBGRAPHS } from '../../subgraphs/registry';

/**
 * Per-caller limits far above what a test file sends: the tests drive many requests through one test
 * caller per role, and test/rate-limits.test.ts tests the limits themselves.
 */
export const UNTHROTTLED = { RATE_LIMIT_PER_MINUTE: '1000000', QUOTA_PER_DAY: '100000000' };

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
  const schema = `${schemaNameOf(name)}_${tag}`;
  // As in production: migrations and the seed as the schema's owner, the service as a role that owns nothing.
  const { runtimeUrl, migrationsUrl } = await provisionAgencyRoles(process.env.TEST_DATABASE_URL!, schema);
  const config = loadSubgraphConfig(name, 0, {
    NODE_ENV: 'test',
    DATABASE_URL: runtimeUrl,
    MIGRATIONS_DATABASE_URL: migrationsUrl,
    DATABASE_SCHEMA: schema,
    SEED_PEOPLE: String(options.people ?? 400),
    SEED: '7',
  });
  return startSubgraph(options.definition ?? (await agencyDefinition(name)), config, new StatementCounter());
}

export interface Federation {
  tag: string;
  gatewayUrl: string;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  token: (role: string) => Promise<string>;
  /** Headers of a caller with `role` and a purpose: the one the role most often gives unless one is named. */
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
  const config = { ...loadGatewayConfig({ NODE_ENV: 'test', ...UNTHROTTLED }), port: 0 };
  const sdl = compose(registrySources(urls));
  if (options.supergraphFile) writeFileSync(options.supergraphFile, sdl);
  const gateway = await startGateway(config, options.supergraphFile ? { file: options.supergraphFile, pollMs: 100 } : { sdl });
  // Every agency's service acts on the graph through this gateway: its outbox, its workflows.
  for (const s of Object.values(subgraphs)) s.connectGraph(gateway.url);
  const token = (role: string) => issueUserToken(config.jwt, { subject: `test-${role}`, role });
  return {
    tag,
    gatewayUrl: gateway.url,
    gateway,
    subgraphs,
    token,
    as: async (role, purpose = purposesForRole(role)[0]) => ({ authorization: `Bearer ${await token(role)}`, 'x-purpose': purpose }),
    stop: async () => {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    },
  };
}

/**
 * The registry's supergraph with the given subgraphs running and every other one unreachable (a closed
 * port): for gateway tests whose queries reach only those subgraphs.
 */
export const supergraphOver = (running: Record<string, RunningSubgraph>): string =>
  compose(registrySources(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, running[s.name]?.url ?? 'http://127.0.0.1:9/graphql']))));
