// Serves one agency's embedded PGlite database over the PostgreSQL wire protocol, for `npm start`.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

export interface PgliteHostOptions {
  dataDir: string;
  host: string;
  port: number;
  /** The agency's schema; PGlite ignores per-connection startup options, so the session gets it. */
  schema: string;
  /** At least the pool size: pglite-socket multiplexes clients onto PGlite's one session. */
  maxConnections: number;
}

export interface PgliteHost {
  url: string;
  stop: () => Promise<void>;
}

export async function startPgliteHost(options: PgliteHostOptions): Promise<PgliteHost> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataDir });
  await db.exec(`SET search_path TO "${options.schema}", public`);
  const server = new PGLiteSocketServer({ db, host: options.host, port: options.port, maxConnections: options.maxConnections });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  return {
    url: `postgres://postgres@${options.host}:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
