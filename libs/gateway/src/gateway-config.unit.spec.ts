import { describe, expect, it } from 'vitest';
import { readGatewayConfig } from './gateway-config';

describe('shared gateway configuration', () => {
  it('has a default for everything', () => {
    expect(readGatewayConfig({})).toEqual({
      host: '0.0.0.0',
      databaseUrl: undefined,
      amqpUrl: undefined,
      amqpPrefix: 'sluice',
      amqpQueueType: 'classic',
      dataDir: '.data',
      databasePoolSize: 10,
      maxBodyBytes: 1_048_576,
      maxConnections: 1000,
    });
  });

  it('refuses RabbitMQ without PostgreSQL, naming both', () => {
    expect(() => readGatewayConfig({ AMQP_URL: 'amqp://h' })).toThrow(/^AMQP_URL needs DATABASE_URL/);
    expect(() => readGatewayConfig({ DATABASE_URL: 'postgres://h/db', AMQP_URL: 'http://h' })).toThrow(
      /^AMQP_URL must start with amqp:\/\/ or amqps:\/\//,
    );
    expect(() => readGatewayConfig({ AMQP_PREFIX: 'a b' })).toThrow(/^AMQP_PREFIX must be/);
  });

  it('reads every variable and names a bad one', () => {
    expect(
      readGatewayConfig({
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgresql://u@h/db',
        AMQP_URL: 'amqp://guest:guest@h:5672',
        AMQP_PREFIX: 'shop-2',
        AMQP_QUEUE_TYPE: 'quorum',
        SLUICE_DATA_DIR: '/var/sluice',
        DATABASE_POOL_SIZE: '4',
        MAX_BODY_BYTES: '2048',
        MAX_CONNECTIONS: '10',
      }),
    ).toEqual({
      host: '127.0.0.1',
      databaseUrl: 'postgresql://u@h/db',
      amqpUrl: 'amqp://guest:guest@h:5672',
      amqpPrefix: 'shop-2',
      amqpQueueType: 'quorum',
      dataDir: '/var/sluice',
      databasePoolSize: 4,
      maxBodyBytes: 2048,
      maxConnections: 10,
    });
    expect(() => readGatewayConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/^DATABASE_POOL_SIZE must be/);
    expect(() => readGatewayConfig({ AMQP_QUEUE_TYPE: 'stream' })).toThrow(
      /^AMQP_QUEUE_TYPE must be one of classic, quorum, got "stream"/,
    );
  });
});
