export { createWriteGatewayApp, type WriteGatewayApp, type WriteGatewayOptions } from './write-gateway-app';
export { readWriteGatewayConfig, type WriteGatewayConfig } from './config';
export { openEventStore } from './open-event-store';
export { printWriteSchema, writeSchema } from './schema';
export { startWriteSide, type RunningWriteSide } from './write-side';
