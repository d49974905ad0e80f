// Starts the gateway: reads its configuration, loads the supergraph, listens.
import { loadGatewayConfig } from '../../shared/src/config';
import { logger } from '../../shared/src/log';
import { startGateway } from './server';

async function main() {
  const running = await startGateway(loadGatewayConfig());
  logger.info({ url: running.url, admin: running.adminUrl }, 'gateway ready');
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'gateway stopping');
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err) => {
  logger.fatal({ err }, 'gateway failed to start');
  process.exit(1);
});
