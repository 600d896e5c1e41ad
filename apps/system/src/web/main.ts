// `npm run start:web`: the dashboard alone, for when the gateways run as processes of their own.
import { readPort, runMain } from '@sluice/gateway';
import { serveWebApp } from './serve-web-app';
import { readWebAppConfig } from './web-app-config';

runMain('sluice-web', async (logger) => {
  const gateways = {
    writePort: readPort(process.env, 'WRITE_PORT', 4001),
    readPort: readPort(process.env, 'READ_PORT', 4002),
  };
  const config = readWebAppConfig(process.env);
  if (!config) throw new Error('WEB_PORT=off: this process serves only the dashboard; give it a port');
  const server = await serveWebApp(config, () => gateways);
  logger.info('dashboard listening', { url: server.url, ...gateways });
  return () => server.close();
});
