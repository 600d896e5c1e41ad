import type { CallerResolver } from './caller-context';
import type { HealthEndpoints } from './health';
import type { HttpServerOptions } from './http-server';
import type { GatewayMetrics } from './metrics';

/**
 * What both gateways serve beside GraphQL (/health, /readiness, /metrics to the operators among
 * `callers`), and their HTTP refusals counted, as options of startHttpServer.
 */
export function operationsRoutes(options: {
  health?: HealthEndpoints | undefined;
  metrics?: GatewayMetrics | undefined;
  callers: CallerResolver;
}): Pick<HttpServerOptions, 'routes' | 'onRefused'> {
  const { health, metrics, callers } = options;
  return {
    routes: [...(health ? [health.handle] : []), ...(metrics ? [metrics.routeFor(callers)] : [])],
    onRefused: (reason) => metrics?.refusedConnection('http', reason),
  };
}
