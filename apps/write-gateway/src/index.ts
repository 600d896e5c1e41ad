export { createWriteGatewayApp, type WriteGatewayApp, type WriteGatewayOptions } from './write-gateway-app';
export { readWriteGatewayConfig, type WriteGatewayConfig } from './config';
export { printWriteSchema, writeSchema } from './schema';
export { startWriteSide, type RunningWriteSide } from './write-side';
