// The HTTP shell every service shares: /graphql through Apollo, /health, JSON bodies, clean shutdown.
import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import express, { Express } from 'express';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  [detail: string]: unknown;
}

export interface HttpAppOptions<C extends BaseContext> {
  server: ApolloServer<C>;
  context: ContextFunction<[ExpressContextFunctionArgument], C>;
  health: () => Promise<HealthReport>;
  /** Extra routes (the gateway's explorer), mounted before /graphql. */
  routes?: (app: Express) => void;
  bodyLimit?: string;
}

export function httpApp<C extends BaseContext>(options: HttpAppOptions<C>): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const report = await options.health();
    res.status(report.status === 'down' ? 503 : 200).json(report);
  });
  options.routes?.(app);
  app.use('/graphql', express.json({ limit: options.bodyLimit ?? '1mb' }), expressMiddleware(options.server, { context: options.context }));
  return app;
}

export interface Listening {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Listens on host:port (0 picks a free port) and tells where; close() lets in-flight requests finish. */
export async function listen(app: Express, host: string, port: number, path = '/graphql'): Promise<Listening> {
  const server: Server = app.listen(port, host);
  await once(server, 'listening');
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}${path}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
