export { securityPlugins, defaultQueryLimits, type QueryLimits } from './query-limits';
export { defaultPageSizes, operationCost, type PageSize, type PageSizes } from './query-cost';
export { limitCodes, limitRefusal, type LimitName } from './limit-refusal';
export { forClient } from './result-for-client';
export { createConsoleLogger, type LogFields, type Logger, type LoggerOptions } from './logger';
export { logLevels, readLogLevel, type LogLevel } from './log-level';
export { maskedErrors, maskErrorWith } from './masked-errors';
export { useStorableText } from './storable-text';
export { useReadableParams } from './readable-params';
export { requestIdHeader, requestIdOf } from './request-id';
export { RequestLogging, type RequestLog, type RequestSource } from './request-logging';
export { servingLogger, whileServing } from './request-scope';
export { startHttpServer, type HttpServerOptions, type RunningHttpServer } from './http-server';
export { rawServiceUnavailable } from './raw-refusal';
export { HealthEndpoints, type CheckResult, type ReadinessCheck } from './health';
export { GatewayMetrics, type Sample } from './metrics';
export { operationsRoutes } from './operations-routes';
export {
  ConfigError,
  StartupError,
  readChoice,
  readInteger,
  readPort,
  readString,
  readUrl,
} from './config-errors';
export { readGatewayConfig, type GatewayConfig } from './gateway-config';
export { asSafeInt, CentsScalar, DateTimeScalar, JSONScalar, PositionScalar, SafeIntScalar } from './scalars';
export { runMain } from './run-main';
export { readAuthConfig } from './auth-config-env';
export { readOrigins, dashboardOrigins } from './origins-env';
export { originMayCall, originPolicy } from './origin-policy';
export { CallerResolver, type CallerSource } from './caller-context';
export { authPlugins, type AuthPluginOptions } from './auth-plugins';
export { gatewayEdge, type EdgeOptions, type GatewayEdge } from './gateway-edge';
export { meDescriptions, meOf, roleEnumValues, type Me } from './me-type';
export { eventTypeEnumOptions } from './event-type-enum';
export { serverSpans } from './server-spans';
