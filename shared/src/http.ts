// The HTTP shell every service shares: /graphql and /health on the public port, /ready and /metrics on a
// separate admin listener (loopback by default), JSON bodies, clean shutdown.
import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import express, { ErrorRequestHandler, Express, RequestHandler } from 'express';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { adminPortFor } from './config';
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
  const message = tooLarge
    ? `The request body is larger than the limit of ${err.limit} bytes`
    : `The request body is not valid JSON: ${err?.message ?? err}`;
  res.status(status).json({ errors: [{ message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
};

/** A GraphQL-shaped error response for HTTP-level refusals. */
export function refuse(res: express.Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** A service's two faces: the public app (GraphQL, /health) and the admin app (/ready, /metrics, /health). */
export interface ServiceApps {
  app: Express;
  admin: Express;
}

function bareApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: GraphQL answers are POST responses no cache revalidates, and express would hash every body.
  app.disable('etag');
  return app;
}

/**
 * /ready says which subgraphs and databases answer, /metrics what every operation costs: an operator's
 * view, not a caller's, so neither is on the public port. /health (liveness) is on both.
 */
export function httpApp<C extends BaseContext>(options: HttpAppOptions<C>): ServiceApps {
  const app = bareApp();
  const admin = bareApp();
  const health: RequestHandler = async (_req, res) => {
    const report = await options.health();
    res.status(report.status === 'down' ? 503 : 200).json(report);
  };
  app.get('/health', health);
  admin.get('/health', health);
  admin.get('/ready', async (_req, res) => {
    const report = await options.ready();
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  admin.get('/metrics', async (_req, res) => {
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
  return { app, admin };
}

export interface Listening {
  url: string;
  port: number;
  /** The admin listener's base URL (`${adminUrl}/ready`, `${adminUrl}/metrics`). */
  adminUrl: string;
  adminPort: number;
  close: () => Promise<void>;
}

export interface ListenAt {
  host: string;
  port: number;
  adminHost: string;
  adminPort?: number;
}

/**
 * How long an idle keep-alive connection stays open: longer than any client keeps one (the gateway's agent keeps its
 * connections to subgraphs 30 s), so that the server never closes a connection at the moment a client reuses it. At
 * Node's default of 5 s a request sent on a connection the server was closing failed with ECONNRESET.
 */
const KEEP_ALIVE_MS = 65_000;

async function serve(app: Express, host: string, port: number, what: string): Promise<Server> {
  const server: Server = app.listen(port, host);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // A request's headers may take as long as Node allows beyond the idle time (it must exceed keepAliveTimeout).
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([err]) => Promise.reject(err))]);
  } catch (err) {
    throw new Error(`${what} could not listen on ${host}:${port}: ${(err as Error).message}`, { cause: err });
  }
  return server;
}

const closing = (server: Server) =>
  new Promise<void>((resolve) => {
    // A connection answering when the close began goes idle after its answer: closed then, not after KEEP_ALIVE_MS.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });

/**
 * Listens on host:port and on the admin address (0 picks a free port; the admin port defaults to the public
 * one + 1000) and tells where; close() lets in-flight requests finish.
 */
export async function listen(apps: ServiceApps, at: ListenAt, path = '/graphql'): Promise<Listening> {
  const server = await serve(apps.app, at.host, at.port, 'the public listener (HOST, PORT)');
  let admin: Server;
  try {
    admin = await serve(apps.admin, at.adminHost, adminPortFor(at.port, at.adminPort), 'the admin listener (ADMIN_HOST, ADMIN_PORT)');
  } catch (err) {
    await closing(server);
    throw err;
  }
  const actual = (server.address() as AddressInfo).port;
  const adminPort = (admin.address() as AddressInfo).port;
  return {
    url: `http://${at.host}:${actual}${path}`,
    port: actual,
    adminUrl: `http://${at.adminHost}:${adminPort}`,
    adminPort,
    close: async () => {
      await Promise.all([closing(server), closing(admin)]);
    },
  };
}
