import { ConfigError } from '@sluice/gateway';
import { describe, expect, it } from 'vitest';
import { readReadGatewayConfig } from './config';

const secret = 'a-shared-hs256-secret-of-32-chars!';

describe('read gateway configuration', () => {
  it('has defaults for everything', () => {
    expect(readReadGatewayConfig({})).toEqual({
      port: 4002,
      host: '127.0.0.1',
      auth: {
        keys: { kind: 'dev', dataDir: '.data' },
        issuer: undefined,
        audience: undefined,
        rolesClaim: 'roles',
      },
      corsOrigins: ['http://localhost:4000', 'http://127.0.0.1:4000'],
      production: false,
      graphiql: true,
      databaseUrl: undefined,
      amqpUrl: undefined,
      amqpPrefix: 'sluice',
      amqpQueueType: 'classic',
      dataDir: '.data',
      databasePoolSize: 10,
      maxBodyBytes: 1_048_576,
      maxConnections: 1000,
      maxConnectionsPerAddress: 200,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      staleReadTimeoutMs: 5000,
      websocket: {
        maxFrameBytes: 65_536,
        connectionInitTimeoutMs: 3_000,
        maxSubscriptionsPerConnection: 100,
        maxConnections: 10_000,
      },
      subscriptionQueueLimit: 1000,
      readinessMaxLag: 10_000,
      eventReplays: { max: 32, perSocket: 4 },
      responseCacheEntries: 1000,
      tracing: false,
    });
  });

  it('reads its own variables', () => {
    const config = readReadGatewayConfig({
      READ_PORT: '5002',
      STALE_READ_TIMEOUT_MS: '250',
      READINESS_MAX_LAG: '0',
      DATABASE_URL: 'postgres://u@h/db',
      AUTH_SECRET: secret,
    });
    expect(config).toMatchObject({
      port: 5002,
      staleReadTimeoutMs: 250,
      readinessMaxLag: 0,
      databaseUrl: 'postgres://u@h/db',
      host: '0.0.0.0',
      auth: { keys: { kind: 'secret', secret: new TextEncoder().encode(secret) } },
    });
  });

  it('refuses real mode without keys to verify tokens with', () => {
    expect(() => readReadGatewayConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(ConfigError);
    expect(() => readReadGatewayConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(
      /AUTH_SECRET.*AUTH_JWKS_URL/,
    );
    expect(() => readReadGatewayConfig({ DATABASE_URL: 'postgres://u@h/db', AUTH_SECRET: 'short' })).toThrow(
      'AUTH_SECRET must be at least 32 characters',
    );
  });

  it('refuses a stale-read timeout out of range', () => {
    expect(() => readReadGatewayConfig({ STALE_READ_TIMEOUT_MS: '0' })).toThrow(ConfigError);
    expect(() => readReadGatewayConfig({ STALE_READ_TIMEOUT_MS: '60001' })).toThrow(
      'STALE_READ_TIMEOUT_MS must be an integer from 1 to 60000, got "60001"',
    );
  });
});
