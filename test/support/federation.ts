// Starts the real federation for a test: the registry's subgraphs (or some of them) and the gateway on port 0, real HTTP.
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
import { CuttableProxy } from './processes';

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
  /** The proxy the gateway reaches the `cuttable` subgraph through, where one is named: cut it to take that subgraph down. */
  link?: CuttableProxy;
  token: (role: string) => Promise<string>;
  /** Headers of a caller with `role` and a purpose: the federation's default unless one is named. */
  as: (role: string, purpose?: string) => Promise<Record<string, string>>;
  stop: () => Promise<void>;
}

export interface FederationOptions extends TestSubgraphOptions {
  /** Serve the supergraph from this file and follow it, as a deploy would update it. */
  supergraphFile?: string;
  /** Starts only these subgraphs: the supergraph still names every one, the others unreachable (a closed port). */
  only?: readonly string[];
  /** The subgraph the gateway reaches through `link`, a proxy a test cuts to take it down. */
  cuttable?: string;
  /** The subgraphs whose services act on the graph through this gateway (their outbox, their workflows): all started unless named. */
  acting?: readonly string[];
  /** The callers `token` and `as` make are `<subject>-<role>`: `test-<role>` unless named. */
  subject?: string;
  /** The purpose `as` asks for when none is named; the one the role most often gives unless named. */
  purpose?: string;
}

/**
 * Starts the subgraphs one after another (each migrates and seeds its schema), then the gateway over them. A start
 * that fails stops what it had started, so a test file's failed setup leaves no server open behind it.
 */
export async function startFederation(options: FederationOptions = {}): Promise<Federation> {
  const tag = options.tag ?? freshTag('f');
  const subgraphs: Record<string, RunningSubgraph> = {};
  let link: CuttableProxy | undefined;
  let gateway: RunningGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all([...Object.values(subgraphs).map((s) => s.stop()), link?.close()]);
  };
  try {
    for (const name of options.only ?? SUBGRAPHS.map((s) => s.name)) subgraphs[name] = await startTestSubgraph(name, { ...options, tag });
    const reached: Record<string, { url: string }> = { ...subgraphs };
    if (options.cuttable) {
      link = new CuttableProxy({ host: '127.0.0.1', port: Number(new URL(subgraphs[options.cuttable].url).port) });
      await link.open();
      reached[options.cuttable] = { url: `http://127.0.0.1:${link.port}/graphql` };
    }
    const config = { ...loadGatewayConfig({ NODE_ENV: 'test', ...UNTHROTTLED }), port: 0 };
    const sdl = supergraphOver(reached);
    if (options.supergraphFile) writeFileSync(options.supergraphFile, sdl);
    gateway = await startGateway(config, options.supergraphFile ? { file: options.supergraphFile, pollMs: 100 } : { sdl });
    for (const name of options.acting ?? Object.keys(subgraphs)) subgraphs[name].connectGraph(gateway.url);
    const token = (role: string) => issueUserToken(config.jwt, { subject: `${options.subject ?? 'test'}-${role}`, role });
    return {
      tag,
      gatewayUrl: gateway.url,
      gateway,
      subgraphs,
      link,
      token,
      as: async (role, purpose = options.purpose ?? purposesForRole(role)[0]) => ({
        authorization: `Bearer ${await token(role)}`,
        'x-purpose': purpose,
      }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The registry's supergraph with the given subgraphs running and every other one unreachable (a closed
 * port): for gateway tests whose queries reach only those subgraphs.
 */
export const supergraphOver = (running: Record<string, { url: string }>): string =>
  compose(registrySources(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, running[s.name]?.url ?? 'http://127.0.0.1:9/graphql']))));
