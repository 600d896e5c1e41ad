// `npm run start:read`: a read gateway and its projector as a process of their own, on real services.
import { ConfigError, runMain } from '@sluice/gateway';
import { openInfrastructure } from '@sluice/infrastructure';
import { openTracing } from '@sluice/tracing';
import { readReadGatewayConfig } from './config';
import { startReadSide } from './read-side';

runMain('read-gateway', async (logger) => {
  const config = readReadGatewayConfig(process.env);
  if (!config.databaseUrl || !config.amqpUrl) {
    throw new ConfigError(
      'start:read runs a read gateway on its own and needs DATABASE_URL and AMQP_URL (npm start runs everything embedded)',
    );
  }
  const tracing = await openTracing(config.tracing, 'sluice-read-gateway');
  const infrastructure = await openInfrastructure(config, logger);
  const { store, projections, bus } = infrastructure;
  const side = await startReadSide({ config, store, projections, bus, logger, tracer: tracing?.tracer });
  return async () => {
    await side.stop();
    await infrastructure.close();
    await tracing?.shutdown();
  };
});
