import { readGatewayConfig, readPort, type GatewayConfig } from '@sluice/gateway';

export interface WriteGatewayConfig extends GatewayConfig {
  port: number;
}

/** Reads and validates the environment once; throws ConfigError naming the bad variable. */
export function readWriteGatewayConfig(
  env: Readonly<Record<string, string | undefined>>,
): WriteGatewayConfig {
  return { port: readPort(env, 'WRITE_PORT', 4001), ...readGatewayConfig(env) };
}
