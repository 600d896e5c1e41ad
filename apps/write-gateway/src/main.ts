// `npm run start:write`: the write gateway and the relay as a process of their own, on real services.
import { openPostgresEventStore } from '@sluice/event-store';
import { ConfigError, createConsoleLogger, runMain } from '@sluice/gateway';
import { RabbitMqBus, rabbitMqNames } from '@sluice/messaging';
import { readWriteGatewayConfig } from './config';
import { startWriteSide } from './write-side';

const logger = createConsoleLogger('write-gateway');

runMain(logger, async () => {
  const config = readWriteGatewayConfig(process.env);
  if (!config.databaseUrl || !config.amqpUrl) {
    throw new ConfigError(
      'start:write runs the write side on its own and needs DATABASE_URL and AMQP_URL (npm start runs everything embedded)',
    );
  }
  const store = await openPostgresEventStore({
    url: config.databaseUrl,
    maxConnections: config.databasePoolSize,
  });
  const bus = new RabbitMqBus({
    url: config.amqpUrl,
    names: rabbitMqNames(config.amqpPrefix),
    queueType: config.amqpQueueType,
    onError: (error) => logger.warn('rabbitmq', { error: String(error) }),
  });
  const side = await startWriteSide({ config, store, bus, logger });
  return async () => {
    await side.stop();
    await bus.close();
    await store.close();
  };
});
