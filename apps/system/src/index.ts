export { startSystem, type RunningSystem } from './start-system';

export { serveWebApp, type WebAppConfig } from './web/serve-web-app';
export { readWebAppConfig } from './web/web-app-config';
