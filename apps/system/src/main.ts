// `npm start`: the whole system in one process; embedded (PGlite + in-process bus) by default.
import { runMain } from '@sluice/gateway';
import { readReadGatewayConfig } from '@sluice/read-gateway';
import { readWriteGatewayConfig } from '@sluice/write-gateway';
import { startSystem } from './start-system';
import { readWebAppConfig } from './web/web-app-config';

runMain('sluice', async (logger) => {
  const config = {
    write: readWriteGatewayConfig(process.env),
    read: readReadGatewayConfig(process.env),
    web: readWebAppConfig(process.env),
  };
  const system = await startSystem(config, logger);
  logger.info('sluice is up', { dashboard: system.webUrl, write: system.writeUrl, read: system.readUrl });
  return () => system.stop();
});
