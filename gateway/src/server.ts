// Builds the gateway: verified callers, signed identities to subgraphs, supergraph, explorer, health.
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { requestLogPlugin } from '../../shared/src/log';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { STATUS_CODES } from 'node:http';
import { Agent, request as undiciRequest } from 'undici';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { issueUserToken, signIdentity, Identity } from '../../shared/src/auth/tokens';
import { GatewayConfig, isLoopbackHost, refuseDevelopmentSecretsBeyondLoopback } from '../../shared/src/config';
import { httpApp, listen, Listening, refuse } from '../../shared/src/http';
import { DEFAULT_LIMITS, QueryLimits, queryLimits } from './limits';
import { metricsPlugin, subgraphCalls } from '../../shared/src/metrics';
import { compose, forApolloGateway, parseSupergraph, registrySources } from './supergraph';
import { SupergraphFile } from './supergraph-file';
import { mountExplorer } from './explorer';
import { callerVerifiers, delegatedRequestsRead, identify } from './identity';
import { callerLimits } from './rate-limits';
import { mountCsvExport } from './export';

export interface GatewayContext {
  identity: Identity;
  /** The identity forwarded to one subgraph call: addressed to that subgraph, signed for that call alone. */
  forwardedIdentity: (subgraph: string) => Promise<string>;
}

/** One keep-alive connection pool per subgraph origin, shared by every request the gateway makes. */
const subgraphAgent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000 });

/** The names undici (and an abort) give a call that ran out of its deadline. */
const TIMEOUT_ERRORS = new Set(['HeadersTimeoutError', 'BodyTimeoutError', 'TimeoutError', 'AbortError']);

/**
 * POSTs one subgraph request with undici's `request` and answers with the little of a fetch Response that
 * RemoteGraphQLDataSource reads (ok, status, headers.get, json, text). The deadline covers the wait for the
 * answer's headers and then for its body.
 */
async function callSubgraph(subgraph: string, url: string, init: { headers: Record<string, string>; body: string }, timeoutMs: number) {
  const done = subgraphCalls.startTimer({ subgraph });
  try {
    const res = await undiciRequest(url, {
      dispatcher: subgraphAgent,
      method: 'POST',
      headers: init.headers,
      body: init.body,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const text = await res.body.text();
    done({ outcome: res.statusCode < 300 ? 'ok' : `http_${res.statusCode}` });
    const header = (name: string) => [res.headers[name.toLowerCase()]].flat()[0] ?? null;
    return {
      ok: res.statusCode >= 200 && res.statusCode < 300,
      status: res.statusCode,
      statusText: STATUS_CODES[res.statusCode] ?? '',
      url,
      headers: { get: header },
      text: async () => text,
      json: async () => JSON.parse(text),
    };
  } catch (err) {
    done({ outcome: TIMEOUT_ERRORS.has((err as Error).name) ? 'timeout' : 'unreachable' });
    throw err;
  }
}

/**
 * One subgraph as the gateway calls it: the caller's identity forwarded, a deadline on every call, and
 * every error it causes naming it, so a partial answer says which agency is missing.
 *
 * Requests go out through undici's `request` on a keep-alive pool rather than through `fetch`: the
 * profile of the gateway under load (BENCHMARKS.md) showed fetch's WHATWG streams, resource timing and
 * per-call AbortSignal timers, plus the node-fetch Request the base class builds, as a fifth of its CPU.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraph: string,
    url: string,
    private readonly timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init: { headers: Record<string, string>; body: string }) =>
        callSubgraph(subgraph, input, init, timeoutMs)) as never,
    });
  }

  async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('identity' in context) || !context.identity) return;
    request.http?.headers.set('authorization', `Bearer ${await context.forwardedIdentity(this.subgraph)}`);
    request.http?.headers.set('x-request-id', context.identity.requestId);
  }

  didReceiveResponse({ response }: { response: GatewayGraphQLResponse }) {
    for (const error of response.errors ?? []) {
      (error as { extensions?: Record<string, unknown> }).extensions = { ...error.extensions, subgraph: this.subgraph };
    }
    return response;
  }

  didEncounterError(error: Error): void {
    // A subgraph that refused the request itself (HTTP 400 for a variable its scalars reject, 401, 403) said why:
    // the caller gets that error, with its code, rather than hearing that the agency is down.
    const refused = (error as GraphQLError).extensions?.response as { body?: { errors?: GraphQLFormattedError[] } } | undefined;
    const first = refused?.body?.errors?.[0];
    if (first?.extensions?.code) {
      throw new GraphQLError(first.message, { path: first.path, extensions: { ...first.extensions, subgraph: this.subgraph } });
    }
    const timedOut = TIMEOUT_ERRORS.has(error.name);
    const reason = timedOut ? `did not answer within ${this.timeoutMs} ms` : `is unavailable (${error.message})`;
    throw new GraphQLError(`${this.subgraph} ${reason}; data from the other agencies is complete`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraph },
    });
  }
}

/** A fixed supergraph, or a file the gateway follows as deploys replace it. */
export type SupergraphSource = { sdl: string } | { file: string; pollMs?: number };

/** The configured file, or else a composition of the registry's SDL files at start. */
export const configuredSupergraph = (config: GatewayConfig): SupergraphSource =>
  config.supergraphFile ? { file: config.supergraphFile } : { sdl: compose(registrySources(config.subgraphUrls)) };

export async function buildGateway(
  config: GatewayConfig,
  source: SupergraphSource = configuredSupergraph(config),
  limits: QueryLimits = DEFAULT_LIMITS,
) {
  const production = config.nodeEnv === 'production';
  const guard = queryLimits(limits, production);
  const verify = await callerVerifiers(config);
  const urlFor = (name: string, url: string) => config.subgraphUrls[name] ?? url;
  const followed = 'file' in source ? new SupergraphFile(source.file, urlFor, source.pollMs) : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: 'sdl' in source ? forApolloGateway(source.sdl) : followed!,
    buildService: ({ name, url }) => new SubgraphDataSource(name, urlFor(name, url!), config.subgraphTimeoutMs),
  });
  let servedSdl = 'sdl' in source ? source.sdl : '';
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    servedSdl = coreSupergraphSdl;
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    // index.ts stops on SIGTERM itself (HTTP first, then the server); Apollo's handler would kill the process midway.
    stopOnTerminationSignals: false,
    validationRules: guard.validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...guard.plugins,
      delegatedRequestsRead<GatewayContext>(),
      metricsPlugin('gateway'),
      requestLogPlugin('gateway') as ApolloServerPlugin<GatewayContext>,
    ],
  });
  await server.start();

  const callers = await callerLimits(config.rateLimits);
  // Only a development gateway that nobody else can reach pre-fills the explorer with a valid token.
  const explorerToken = config.nodeEnv === 'development' && isLoopbackHost(config.host);
  const contextOf = (identity: Identity): GatewayContext => ({
    identity,
    forwardedIdentity: (subgraph) => signIdentity(identity, subgraph, config.signingKey),
  });
  const apps = httpApp<GatewayContext>({
    server,
    context: async ({ req }) => {
      const identity = await identify(req.headers, verify);
      // A batch counts each of its operations.
      await callers.consume(identity, Array.isArray(req.body) ? req.body.length : 1);
      return contextOf(identity);
    },
    health: async () => ({
      status: followed?.status.rejected ? 'degraded' : 'ok',
      service: 'gateway',
      rateLimits: callers.store(),
      ...(followed ? { supergraph: followed.status } : {}),
    }),
    ready: async () => {
      const subgraphs = await subgraphHealth(servedSdl, urlFor);
      const down = Object.entries(subgraphs).filter(([, state]) => state !== 'up');
      return { status: down.length ? 'down' : 'ok', service: 'gateway', subgraphs };
    },
    bodyLimitBytes: limits.maxBodyBytes,
    guards: [
      (req, res, next) =>
        Array.isArray(req.body) && req.body.length > limits.maxBatch
          ? refuse(res, 400, 'BATCH_TOO_LARGE', `A batch may hold at most ${limits.maxBatch} operations; this one holds ${req.body.length}`)
          : next(),
    ],
    routes: (express) => {
      // The public keys subgraphs verify forwarded identities with (GATEWAY_JWKS_URL points here).
      express.get('/.well-known/jwks.json', (_req, res) => {
        res.set('cache-control', 'max-age=300').json(config.publishedKeys);
      });
      // CSV of one query, each page run as an operation of this server with the caller's context.
      mountCsvExport(express, {
        server,
        schema: () => gateway.schema,
        identify: (req) => identify(req.headers, verify),
        consume: (identity) => callers.consume(identity),
        contextOf,
        bodyLimitBytes: limits.maxBodyBytes,
      });
      mountExplorer(express, async () =>
        explorerToken
          ? {
              Authorization: `Bearer ${await issueUserToken(config.jwt, { subject: 'explorer', role: 'caseworker' })}`,
              'x-purpose': 'CASE_REVIEW',
            }
          : undefined,
      );
    },
  });
  return { ...apps, server, gateway, supergraph: followed, callers };
}

/** Each subgraph of the served supergraph: up, or why not. */
async function subgraphHealth(supergraphSdl: string, urlFor: (name: string, url: string) => string): Promise<Record<string, string>> {
  const services = parseSupergraph(supergraphSdl).subgraphs().values();
  const entries = await Promise.all(
    services.map(async ({ name, url }) => {
      try {
        const res = await fetch(urlFor(name, url ?? '').replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2000) });
        const body = (await res.json()) as { status?: string };
        return [name, res.ok && body.status === 'ok' ? 'up' : `degraded (${JSON.stringify(body)})`] as const;
      } catch (err) {
        return [name, `unreachable (${(err as Error).message})`] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

export interface RunningGateway extends Listening {
  stop: () => Promise<void>;
}

export async function startGateway(config: GatewayConfig, source?: SupergraphSource): Promise<RunningGateway> {
  refuseDevelopmentSecretsBeyondLoopback('gateway', config);
  const { app, admin, server, callers } = await buildGateway(config, source);
  const listening = await listen({ app, admin }, config).catch(async (err) => {
    await Promise.all([server.stop(), callers.close()]);
    throw err;
  });
  return {
    ...listening,
    stop: async () => {
      await listening.close();
      await server.stop();
      await callers.close();
    },
  };
}
