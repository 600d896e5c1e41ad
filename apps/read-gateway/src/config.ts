import { readGatewayConfig, readInteger, readPort, type GatewayConfig } from '@sluice/gateway';
import type { WebSocketLimits } from './websocket/websocket-limits';

export interface ReadGatewayConfig extends GatewayConfig {
  port: number;
  /** How long a query with atLeast waits for the projections before STALE_READ. */
  staleReadTimeoutMs: number;
  websocket: WebSocketLimits;
  /** Changes one subscriber may have waiting before it is cut off as too slow. */
  subscriptionQueueLimit: number;
  /** Events the read models may be behind the log and the gateway still report ready. */
  readinessMaxLag: number;
  /** `events` replays (subscriptions with `after`) at once: in the process, and per socket. */
  eventReplays: { max: number; perSocket: number };
  /** Answers to queries kept while the read models stand still; 0 keeps none. */
  responseCacheEntries: number;
}

/** Reads and validates the environment once; throws ConfigError naming the bad variable. */
export function readReadGatewayConfig(env: Readonly<Record<string, string | undefined>>): ReadGatewayConfig {
  return {
    port: readPort(env, 'READ_PORT', 4002),
    ...readGatewayConfig(env),
    staleReadTimeoutMs: readInteger(env, 'STALE_READ_TIMEOUT_MS', 5000, { min: 1, max: 60_000 }),
    websocket: {
      maxFrameBytes: readInteger(env, 'WS_MAX_FRAME_BYTES', 65_536, { min: 1024, max: 16_777_216 }),
      connectionInitTimeoutMs: readInteger(env, 'WS_INIT_TIMEOUT_MS', 3_000, { min: 100, max: 60_000 }),
      maxSubscriptionsPerConnection: readInteger(env, 'WS_MAX_SUBSCRIPTIONS', 100, { min: 1, max: 10_000 }),
      maxConnections: readInteger(env, 'WS_MAX_CONNECTIONS', 10_000, { min: 1, max: 1_000_000 }),
    },
    subscriptionQueueLimit: readInteger(env, 'SUBSCRIPTION_QUEUE_LIMIT', 1000, { min: 1, max: 1_000_000 }),
    readinessMaxLag: readInteger(env, 'READINESS_MAX_LAG', 10_000, { min: 0, max: 1_000_000_000 }),
    eventReplays: {
      max: readInteger(env, 'EVENT_REPLAYS_MAX', 32, { min: 1, max: 10_000 }),
      perSocket: readInteger(env, 'EVENT_REPLAYS_PER_SOCKET', 4, { min: 1, max: 1_000 }),
    },
    responseCacheEntries: readInteger(env, 'RESPONSE_CACHE_ENTRIES', 1000, { min: 0, max: 1_000_000 }),
  };
}
