import { ConfigError, createConsoleLogger } from '@sluice/gateway';
import { readWriteGatewayConfig } from './config';
import { openEventStore } from './open-event-store';
import { createWriteGatewayApp } from './write-gateway-app';

const logger = createConsoleLogger('write-gateway');

async function main(): Promise<void> {
  const config = readWriteGatewayConfig(process.env);
  const store = await openEventStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  logger.info('event store ready', {
    backend: config.databaseUrl ? 'postgres' : `pglite (${config.dataDir})`,
  });
  const app = createWriteGatewayApp({ store, logger, ...config });
  await app.start();
  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await app.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`sluice: configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
