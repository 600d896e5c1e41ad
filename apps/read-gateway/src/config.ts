import { readGatewayConfig, readInteger, readPort, type GatewayConfig } from '@sluice/gateway';

export interface ReadGatewayConfig extends GatewayConfig {
  port: number;
  /** How long a query with atLeast waits for the projections before STALE_READ. */
  staleReadTimeoutMs: number;
}

/** Reads and validates the environment once; throws ConfigError naming the bad variable. */
export function readReadGatewayConfig(env: Readonly<Record<string, string | undefined>>): ReadGatewayConfig {
  return {
    port: readPort(env, 'READ_PORT', 4002),
    ...readGatewayConfig(env),
    staleReadTimeoutMs: readInteger(env, 'STALE_READ_TIMEOUT_MS', 5000, { min: 1, max: 60_000 }),
  };
}
