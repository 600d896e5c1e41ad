export { securityPlugins, defaultQueryLimits, type QueryLimits } from './query-limits';
export { createConsoleLogger, type Logger } from './logger';
export { maskedErrors } from './masked-errors';
export { startHttpServer, type HttpServerOptions, type RunningHttpServer } from './http-server';
export { ConfigError, readChoice, readInteger, readPort, readString, readUrl } from './config-errors';
export { readGatewayConfig, type GatewayConfig } from './gateway-config';
export { DateTimeScalar, JSONScalar, PositionScalar, SafeIntScalar } from './scalars';
export { runMain } from './run-main';
