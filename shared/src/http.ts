// The HTTP shell every service shares: /graphql through Apollo, /health, JSON bodies, clean shutdown.
import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import express, { ErrorRequestHandler, Express, RequestHandler } from 'express';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { metricsContentType, metricsText } from './metrics';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  [detail: string]: unknown;
}

export interface HttpAppOptions<C extends BaseContext> {
  server: ApolloServer<C>;
  context: ContextFunction<[ExpressContextFunctionArgument], C>;
  /** Liveness: the process answers; details say what is degraded. */
  health: () => Promise<HealthReport>;
  /** Readiness: 503 unless everything this service needs answers. */
  ready: () => Promise<HealthReport>;
  /** Extra routes (the gateway's explorer), mounted before /graphql. */
  routes?: (app: Express) => void;
  /** Checks of the parsed request body before GraphQL sees it (the gateway's batch limit). */
  guards?: RequestHandler[];
  bodyLimitBytes?: number;
}

/** Body-parser failures (too large, not JSON) answer as GraphQL errors with a stable code, not HTML. */
const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const tooLarge = err?.type === 'entity.too.large';
  const status = tooLarge ? 413 : (err?.status ?? 400);
  const message = tooLarge ? `The request body is larger than the limit of ${err.limit} bytes` : `The request body is not valid JSON: ${err?.message ?? err}`;
  res.status(status).json({ errors: [{ message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
};

/** A GraphQL-shaped error response for HTTP-level refusals. */
export function refuse(res: express.Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function httpApp<C extends BaseContext>(options: HttpAppOptions<C>): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: GraphQL answers are POST responses no cache revalidates, and express would hash every body.
  app.disable('etag');
  app.get('/health', async (_req, res) => {
    const report = await options.health();
    res.status(report.status === 'down' ? 503 : 200).json(report);
  });
  app.get('/ready', async (_req, res) => {
    const report = await options.ready();
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metricsContentType).send(await metricsText());
  });
  options.routes?.(app);
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimitBytes ?? 1_000_000 }),
    ...(options.guards ?? []),
    expressMiddleware(options.server, { context: options.context }),
  );
  app.use(bodyErrors);
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
