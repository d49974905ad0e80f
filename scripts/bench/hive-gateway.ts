// The peer gateway of the benchmark: Hive Gateway over the same supergraph and the same subgraphs, with the same
// caller checks as ours (the caller's JWT verified, x-purpose required, a signed identity forwarded to each
// subgraph), so that the two differ only in how they plan and execute. Used by `npm run bench`, nothing else.
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler as rustQueryPlanner } from '@graphql-hive/router-runtime';
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Identity, signIdentity } from '../../shared/src/auth/tokens';
import { developmentEnv, loadGatewayConfig } from '../../shared/src/config';
import { callerVerifiers, identify } from '../../gateway/src/identity';

export type HivePlanner = 'js' | 'rust';

export async function startHiveGateway(options: { supergraphFile: string; port: number; planner: HivePlanner }) {
  // The bench runs the graph as `npm start` does: development keys unless NODE_ENV says otherwise.
  const config = loadGatewayConfig(developmentEnv());
  const verify = await callerVerifiers(config);
  // The caller is identified once per client request; each subgraph call gets its own token addressed to it.
  const identities = new WeakMap<Request, Promise<Identity>>();
  const forwardedIdentity = async (request: Request, subgraph: string) => {
    let identity = identities.get(request);
    if (!identity) identities.set(request, (identity = identify(Object.fromEntries(request.headers), verify)));
    return signIdentity(await identity, subgraph, config.signingKey);
  };
  const gateway = createGatewayRuntime({
    supergraph: readFileSync(options.supergraphFile, 'utf8'),
    ...(options.planner === 'rust' ? { unifiedGraphHandler: rustQueryPlanner } : {}),
    logging: false,
    landingPage: false,
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request, subgraphName }) => ({
        authorization: `Bearer ${await forwardedIdentity(request, subgraphName)}`,
        'x-request-id': request.headers.get('x-request-id') ?? undefined,
      }),
    },
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${options.port}/graphql`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await gateway.dispose();
    },
  };
}

if (require.main === module) {
  new Command()
    .name('hive-gateway')
    .requiredOption('--supergraph <file>', 'the supergraph SDL our gateway serves')
    .option('--port <n>', 'port', '4200')
    .option('--planner <js|rust>', "Hive Gateway's own JavaScript planner, or the Rust planner of Hive Router", 'js')
    .action(async (opts: { supergraph: string; port: string; planner: HivePlanner }) => {
      const running = await startHiveGateway({ supergraphFile: opts.supergraph, port: Number(opts.port), planner: opts.planner });
      console.log(JSON.stringify({ ready: true, url: running.url, planner: opts.planner }));
      process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
      process.once('SIGINT', () => void running.close().then(() => process.exit(0)));
    })
    .parseAsync();
}
