import type { AuthConfig } from '@sluice/auth';
import { readAuthConfig } from './auth-config-env';
import { ConfigError, readChoice, readInteger, readString, readUrl } from './config-errors';
import { readOrigins } from './origins-env';
import { readTracingEnabled } from './tracing-env';

/** What every gateway process reads alike; each adds its own port and options. */
export interface GatewayConfig {
  /** 127.0.0.1 on the embedded default, 0.0.0.0 in real mode, unless HOST says otherwise. */
  host: string;
  auth: AuthConfig;
  /** Browser origins allowed to call the gateways (CORS and WebSocket upgrades), besides their own. */
  corsOrigins: readonly string[];
  /** NODE_ENV=production: GraphiQL off unless GRAPHIQL=on, introspection for operators only. */
  production: boolean;
  graphiql: boolean;
  /** Real PostgreSQL when set; otherwise embedded PGlite persisted under dataDir. */
  databaseUrl: string | undefined;
  /** RabbitMQ between the write and read sides when set; otherwise an in-process bus. */
  amqpUrl: string | undefined;
  /** Prefix of the RabbitMQ exchange and queue names, so several systems can share a broker. */
  amqpPrefix: string;
  /** The projection queue's type: classic (lowest latency) or quorum (replicated in a cluster). */
  amqpQueueType: 'classic' | 'quorum';
  dataDir: string;
  databasePoolSize: number;
  maxBodyBytes: number;
  maxConnections: number;
  /** Open connections from one client address, WebSockets included. */
  maxConnectionsPerAddress: number;
  /** Time a client has to send a request's headers. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, body included. */
  requestTimeoutMs: number;
  /** OpenTelemetry traces, exported by OTLP over HTTP: on only when an endpoint is set. */
  tracing: boolean;
}

/**
 * Reads NODE_ENV, GRAPHIQL, CORS_ORIGINS, WEB_PORT, the AUTH_* variables, HOST, DATABASE_URL, AMQP_URL, AMQP_PREFIX, AMQP_QUEUE_TYPE, SLUICE_DATA_DIR,
 * DATABASE_POOL_SIZE, MAX_BODY_BYTES, MAX_CONNECTIONS and whether an OTLP endpoint is set.
 */
export function readGatewayConfig(env: Readonly<Record<string, string | undefined>>): GatewayConfig {
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const amqpUrl = readUrl(env, 'AMQP_URL', ['amqp:', 'amqps:']);
  if (amqpUrl && !databaseUrl) {
    throw new ConfigError('AMQP_URL needs DATABASE_URL: RabbitMQ joins processes that share one PostgreSQL');
  }
  const dataDir = readString(env, 'SLUICE_DATA_DIR', '.data');
  const production = env.NODE_ENV === 'production';
  const host = readString(env, 'HOST', databaseUrl ? '0.0.0.0' : '127.0.0.1');
  return {
    host,
    auth: readAuthConfig(env, { embedded: !databaseUrl, dataDir }),
    corsOrigins: readOrigins(env, host),
    production,
    graphiql: readChoice(env, 'GRAPHIQL', ['on', 'off'], production ? 'off' : 'on') === 'on',
    databaseUrl,
    amqpUrl,
    amqpPrefix: readName(env, 'AMQP_PREFIX', 'sluice'),
    amqpQueueType: readChoice(env, 'AMQP_QUEUE_TYPE', ['classic', 'quorum'], 'classic'),
    dataDir,
    databasePoolSize: readInteger(env, 'DATABASE_POOL_SIZE', 10, { min: 1, max: 500 }),
    maxBodyBytes: readInteger(env, 'MAX_BODY_BYTES', 1_048_576, { min: 1024, max: 104_857_600 }),
    maxConnections: readInteger(env, 'MAX_CONNECTIONS', 1000, { min: 1, max: 100_000 }),
    maxConnectionsPerAddress: readInteger(env, 'MAX_CONNECTIONS_PER_ADDRESS', 200, { min: 1, max: 100_000 }),
    headersTimeoutMs: readInteger(env, 'HEADERS_TIMEOUT_MS', 10_000, { min: 100, max: 600_000 }),
    requestTimeoutMs: readInteger(env, 'REQUEST_TIMEOUT_MS', 30_000, { min: 100, max: 3_600_000 }),
    tracing: readTracingEnabled(env),
  };
}

function readName(env: Readonly<Record<string, string | undefined>>, name: string, fallback: string): string {
  const value = readString(env, name, fallback);
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(value)) {
    throw new ConfigError(
      `${name} must be 1-100 characters of letters, digits, '.', '_' and '-', got "${value}"`,
    );
  }
  return value;
}
