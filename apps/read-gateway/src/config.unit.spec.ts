import { ConfigError } from '@sluice/gateway';
import { describe, expect, it } from 'vitest';
import { readReadGatewayConfig } from './config';

describe('read gateway configuration', () => {
  it('has defaults for everything', () => {
    expect(readReadGatewayConfig({})).toEqual({
      port: 4002,
      host: '0.0.0.0',
      databaseUrl: undefined,
      amqpUrl: undefined,
      amqpPrefix: 'sluice',
      amqpQueueType: 'classic',
      dataDir: '.data',
      databasePoolSize: 10,
      maxBodyBytes: 1_048_576,
      maxConnections: 1000,
      staleReadTimeoutMs: 5000,
      websocket: {
        maxFrameBytes: 65_536,
        connectionInitTimeoutMs: 3_000,
        maxSubscriptionsPerConnection: 100,
        maxConnections: 10_000,
      },
      subscriptionQueueLimit: 1000,
    });
  });

  it('reads its own variables', () => {
    const config = readReadGatewayConfig({
      READ_PORT: '5002',
      STALE_READ_TIMEOUT_MS: '250',
      DATABASE_URL: 'postgres://u@h/db',
    });
    expect(config).toMatchObject({ port: 5002, staleReadTimeoutMs: 250, databaseUrl: 'postgres://u@h/db' });
  });

  it('refuses a stale-read timeout out of range', () => {
    expect(() => readReadGatewayConfig({ STALE_READ_TIMEOUT_MS: '0' })).toThrow(ConfigError);
    expect(() => readReadGatewayConfig({ STALE_READ_TIMEOUT_MS: '60001' })).toThrow(
      'STALE_READ_TIMEOUT_MS must be an integer from 1 to 60000, got "60001"',
    );
  });
});
