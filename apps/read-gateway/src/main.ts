// `npm run start:read`: a read gateway and its projector as a process of their own, on real services.
import { openPostgresEventStore } from '@sluice/event-store';
import { ConfigError, createConsoleLogger, runMain } from '@sluice/gateway';
import { RabbitMqBus, rabbitMqNames } from '@sluice/messaging';
import { openPostgresProjections } from '@sluice/projections';
import { readReadGatewayConfig } from './config';
import { startReadSide } from './read-side';

const logger = createConsoleLogger('read-gateway');

runMain(logger, async () => {
  const config = readReadGatewayConfig(process.env);
  if (!config.databaseUrl || !config.amqpUrl) {
    throw new ConfigError(
      'start:read runs a read gateway on its own and needs DATABASE_URL and AMQP_URL (npm start runs everything embedded)',
    );
  }
  const store = await openPostgresEventStore({
    url: config.databaseUrl,
    maxConnections: config.databasePoolSize,
  });
  const projections = await openPostgresProjections(config.databaseUrl, config.databasePoolSize);
  const bus = new RabbitMqBus({
    url: config.amqpUrl,
    names: rabbitMqNames(config.amqpPrefix),
    queueType: config.amqpQueueType,
    onError: (error) => logger.warn('rabbitmq', { error: String(error) }),
  });
  const side = await startReadSide({ config, store, projections, bus, logger });
  return async () => {
    await side.stop();
    await bus.close();
    await projections.close();
    await store.close();
  };
});
