// One embedded database process: `node dist/scripts/pglite-host.js DATA_DIR SCHEMA [PORT]`; prints its URL.
import { startPgliteHost } from '../shared/src/dev/pglite-host';

async function main() {
  const [dataDir, schema, port = '0'] = process.argv.slice(2);
  if (!dataDir || !schema) throw new Error('usage: pglite-host DATA_DIR SCHEMA [PORT]');
  const host = await startPgliteHost({ dataDir, schema, host: '127.0.0.1', port: Number(port), maxConnections: 32 });
  // The launcher reads this one line to learn where the database listens.
  process.stdout.write(`${JSON.stringify({ ready: true, url: host.url })}\n`);
  const stop = async () => {
    await host.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
