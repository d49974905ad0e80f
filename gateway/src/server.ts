// Builds the gateway: verified callers, signed identities to subgraphs, supergraph, explorer, health.
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { readFileSync } from 'node:fs';
import { issueUserToken, signIdentity, userTokenVerifier, Identity } from '../../shared/src/auth/tokens';
import { GatewayConfig } from '../../shared/src/config';
import { httpApp, listen, Listening, refuse } from '../../shared/src/http';
import { DEFAULT_LIMITS, QueryLimits, queryLimits } from './limits';
import { compose, registrySources } from './supergraph';
import { mountExplorer } from './explorer';
import { identify } from './identity';

export interface GatewayContext {
  identity: Identity;
  /** The identity forwarded to every subgraph of this request, signed once. */
  forwardedIdentity: () => Promise<string>;
}

class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('identity' in context) || !context.identity) return;
    request.http?.headers.set('authorization', `Bearer ${await context.forwardedIdentity()}`);
    request.http?.headers.set('x-request-id', context.identity.requestId);
  }
}

/** The supergraph to serve: the configured file, or a composition of the registry's SDL files. */
export function loadSupergraph(config: GatewayConfig): string {
  if (config.supergraphFile) return readFileSync(config.supergraphFile, 'utf8');
  return compose(registrySources(config.subgraphUrls));
}

export async function buildGateway(config: GatewayConfig, supergraphSdl = loadSupergraph(config), limits: QueryLimits = DEFAULT_LIMITS) {
  const production = config.nodeEnv === 'production';
  const guard = queryLimits(limits, production);
  const verify = await userTokenVerifier(config.jwt);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new IdentityForwardingDataSource({ url: config.subgraphUrls[name] ?? url }),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    validationRules: guard.validationRules,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...guard.plugins],
  });
  await server.start();

  const app = httpApp<GatewayContext>({
    server,
    context: async ({ req }) => {
      const identity = await identify(req.headers, verify);
      let signed: Promise<string> | undefined;
      return { identity, forwardedIdentity: () => (signed ??= signIdentity(identity, config.internalTokenSecret)) };
    },
    health: async () => ({ status: 'ok', service: 'gateway' }),
    bodyLimitBytes: limits.maxBodyBytes,
    guards: [
      (req, res, next) =>
        Array.isArray(req.body) && req.body.length > limits.maxBatch
          ? refuse(res, 400, 'BATCH_TOO_LARGE', `A batch may hold at most ${limits.maxBatch} operations; this one holds ${req.body.length}`)
          : next(),
    ],
    routes: (express) =>
      mountExplorer(express, async () =>
        config.devTokens
          ? { Authorization: `Bearer ${await issueUserToken(config.jwt, { subject: 'explorer', role: 'caseworker' })}`, 'x-purpose': 'CASE_REVIEW' }
          : undefined,
      ),
  });
  return { app, server, gateway };
}

export interface RunningGateway extends Listening {
  stop: () => Promise<void>;
}

export async function startGateway(config: GatewayConfig, supergraphSdl?: string): Promise<RunningGateway> {
  const { app, server } = await buildGateway(config, supergraphSdl);
  const listening = await listen(app, config.host, config.port);
  return {
    ...listening,
    stop: async () => {
      await listening.close();
      await server.stop();
    },
  };
}
