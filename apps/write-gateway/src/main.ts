// `npm run start:write`: the write gateway and the relay as a process of their own, on real services.
import { ConfigError, runMain } from '@sluice/gateway';
import { openInfrastructure } from '@sluice/infrastructure';
import { openTracing } from '@sluice/tracing';
import { readWriteGatewayConfig } from './config';
import { startWriteSide } from './write-side';

runMain('write-gateway', async (logger) => {
  const config = readWriteGatewayConfig(process.env);
  if (!config.databaseUrl || !config.amqpUrl) {
    throw new ConfigError(
      'start:write runs the write side on its own and needs DATABASE_URL and AMQP_URL (npm start runs everything embedded)',
    );
  }
  const tracing = await openTracing(config.tracing, 'sluice-write-gateway');
  const infrastructure = await openInfrastructure(config, logger, { readModels: false });
  const { store, bus } = infrastructure;
  const side = await startWriteSide({ config, store, bus, logger, tracer: tracing?.tracer });
  return async () => {
    await side.stop();
    await infrastructure.close();
    await tracing?.shutdown();
  };
});
