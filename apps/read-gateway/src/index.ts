export { createReadGatewayApp, type ReadGatewayApp, type ReadGatewayOptions } from './read-gateway-app';
export { createReadYoga, type ReadYogaOptions } from './read-yoga';
export { readReadGatewayConfig, type ReadGatewayConfig } from './config';
export type { LiveFeed } from './live-feed';
export type { OrderRow, ProductRow, SalesStatsRow } from './read-models/rows';
export { printReadSchema, readSchema } from './schema';
export { startReadSide, type RunningReadSide } from './read-side';
