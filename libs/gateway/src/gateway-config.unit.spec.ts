import { hostname, networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-errors';
import { readGatewayConfig } from './gateway-config';

const realMode = { DATABASE_URL: 'postgresql://u@h/db' };
const secret = 'a-shared-hs256-secret-of-32-chars!';

describe('shared gateway configuration', () => {
  it('has a default for everything', () => {
    expect(readGatewayConfig({})).toEqual({
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
      tracing: false,
    });
  });

  it('refuses RabbitMQ without PostgreSQL, naming both', () => {
    expect(() => readGatewayConfig({ AMQP_URL: 'amqp://h' })).toThrow(/^AMQP_URL needs DATABASE_URL/);
    expect(() =>
      readGatewayConfig({ DATABASE_URL: 'postgres://h/db', AUTH_SECRET: secret, AMQP_URL: 'http://h' }),
    ).toThrow(/^AMQP_URL must start with amqp:\/\/ or amqps:\/\//);
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
        MAX_CONNECTIONS_PER_ADDRESS: '5',
        HEADERS_TIMEOUT_MS: '2000',
        REQUEST_TIMEOUT_MS: '4000',
        AUTH_SECRET: secret,
        AUTH_ISSUER: 'https://id.example',
        AUTH_AUDIENCE: 'sluice',
        AUTH_ROLES_CLAIM: 'realm_access.roles',
        CORS_ORIGINS: 'https://shop.example, http://localhost:5173',
        NODE_ENV: 'production',
        GRAPHIQL: 'on',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      }),
    ).toEqual({
      host: '127.0.0.1',
      auth: {
        keys: { kind: 'secret', secret: new TextEncoder().encode(secret) },
        issuer: 'https://id.example',
        audience: 'sluice',
        rolesClaim: 'realm_access.roles',
      },
      corsOrigins: ['https://shop.example', 'http://localhost:5173'],
      production: true,
      graphiql: true,
      databaseUrl: 'postgresql://u@h/db',
      amqpUrl: 'amqp://guest:guest@h:5672',
      amqpPrefix: 'shop-2',
      amqpQueueType: 'quorum',
      dataDir: '/var/sluice',
      databasePoolSize: 4,
      maxBodyBytes: 2048,
      maxConnections: 10,
      maxConnectionsPerAddress: 5,
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      tracing: true,
    });
    expect(() => readGatewayConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/^DATABASE_POOL_SIZE must be/);
    expect(() => readGatewayConfig({ AMQP_QUEUE_TYPE: 'stream' })).toThrow(
      /^AMQP_QUEUE_TYPE must be one of classic, quorum, got "stream"/,
    );
    expect(() => readGatewayConfig({ GRAPHIQL: 'yes' })).toThrow(/^GRAPHIQL must be one of on, off/);
  });

  it('listens on this machine only on the embedded default, and everywhere in real mode', () => {
    expect(readGatewayConfig({}).host).toBe('127.0.0.1');
    expect(readGatewayConfig({ ...realMode, AUTH_SECRET: secret }).host).toBe('0.0.0.0');
    expect(readGatewayConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(readGatewayConfig({ ...realMode, AUTH_SECRET: secret, HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });

  it('uses the data folder’s dev secret only on the embedded default', () => {
    expect(readGatewayConfig({ SLUICE_DATA_DIR: '/tmp/shop' }).auth.keys).toEqual({
      kind: 'dev',
      dataDir: '/tmp/shop',
    });
    expect(readGatewayConfig({ AUTH_SECRET: secret }).auth.keys.kind).toBe('secret');
  });

  it('refuses real mode without keys, naming AUTH_SECRET and AUTH_JWKS_URL', () => {
    expect(() => readGatewayConfig(realMode)).toThrow(ConfigError);
    expect(() => readGatewayConfig(realMode)).toThrow(/AUTH_SECRET.*AUTH_JWKS_URL/);
    expect(() => readGatewayConfig({ ...realMode, AUTH_SECRET: '' })).toThrow(/AUTH_SECRET.*AUTH_JWKS_URL/);
  });

  it('refuses an AUTH_SECRET shorter than 32 characters', () => {
    expect(() => readGatewayConfig({ ...realMode, AUTH_SECRET: 'x'.repeat(31) })).toThrow(ConfigError);
    expect(() => readGatewayConfig({ AUTH_SECRET: 'x'.repeat(31) })).toThrow(
      /^AUTH_SECRET must be at least 32 characters/,
    );
    expect(readGatewayConfig({ ...realMode, AUTH_SECRET: 'x'.repeat(32) }).auth.keys.kind).toBe('secret');
  });

  it('takes an identity provider’s keys only with the issuer and audience they are for', () => {
    const jwks = { ...realMode, AUTH_JWKS_URL: 'https://id.example/.well-known/jwks.json' };
    expect(() => readGatewayConfig(jwks)).toThrow(ConfigError);
    expect(() => readGatewayConfig(jwks)).toThrow(/^AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE/);
    expect(() => readGatewayConfig({ ...jwks, AUTH_ISSUER: 'https://id.example' })).toThrow(
      /^AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE/,
    );
    expect(() => readGatewayConfig({ ...jwks, AUTH_AUDIENCE: 'sluice' })).toThrow(
      /^AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE/,
    );
    expect(
      readGatewayConfig({ ...jwks, AUTH_ISSUER: 'https://id.example', AUTH_AUDIENCE: 'sluice' }).auth,
    ).toEqual({
      keys: { kind: 'jwks', url: 'https://id.example/.well-known/jwks.json' },
      issuer: 'https://id.example',
      audience: 'sluice',
      rolesClaim: 'roles',
    });
    expect(() => readGatewayConfig({ ...jwks, AUTH_JWKS_URL: 'ftp://id.example/jwks' })).toThrow(
      /^AUTH_JWKS_URL must start with https:\/\/ or http:\/\//,
    );
    expect(() =>
      readGatewayConfig({
        ...jwks,
        AUTH_SECRET: secret,
        AUTH_ISSUER: 'https://id.example',
        AUTH_AUDIENCE: 'sluice',
      }),
    ).toThrow(/^Set AUTH_SECRET or AUTH_JWKS_URL, not both/);
  });

  it("allows the dashboard by this machine's addresses and name when it listens on the network", () => {
    const open = readGatewayConfig({ HOST: '0.0.0.0', WEB_PORT: '4700' }).corsOrigins;
    expect(open).toEqual(expect.arrayContaining(['http://localhost:4700', `http://${hostname()}:4700`]));
    for (const address of Object.values(networkInterfaces()).flat())
      if (address && !address.internal && address.family === 'IPv4')
        expect(open).toContain(`http://${address.address}:4700`);
    expect(readGatewayConfig({ HOST: '127.0.0.1', WEB_PORT: '4700' }).corsOrigins).toEqual([
      'http://localhost:4700',
      'http://127.0.0.1:4700',
    ]);
    expect(readGatewayConfig({ HOST: '0.0.0.0', CORS_ORIGINS: 'https://shop.example' }).corsOrigins).toEqual([
      'https://shop.example',
    ]);
  });

  it('reads CORS_ORIGINS as a list of origins and refuses anything else', () => {
    expect(
      readGatewayConfig({ CORS_ORIGINS: 'https://shop.example,https://admin.example:8443' }).corsOrigins,
    ).toEqual(['https://shop.example', 'https://admin.example:8443']);
    expect(readGatewayConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(readGatewayConfig({ WEB_PORT: '5000' }).corsOrigins).toEqual([
      'http://localhost:5000',
      'http://127.0.0.1:5000',
    ]);
    expect(readGatewayConfig({ WEB_PORT: '0' }).corsOrigins).toEqual([]);
    expect(() => readGatewayConfig({ CORS_ORIGINS: 'shop.example' })).toThrow(ConfigError);
    expect(() => readGatewayConfig({ CORS_ORIGINS: 'shop.example' })).toThrow(
      /^CORS_ORIGINS holds "shop.example"/,
    );
    expect(() => readGatewayConfig({ CORS_ORIGINS: 'https://shop.example/' })).toThrow(
      /^CORS_ORIGINS holds "https:\/\/shop.example\/"; an origin is scheme, host and port only: https:\/\/shop.example$/,
    );
    expect(() => readGatewayConfig({ CORS_ORIGINS: 'https://shop.example/app' })).toThrow(ConfigError);
  });

  it('turns GraphiQL off in production unless asked for', () => {
    expect(readGatewayConfig({ NODE_ENV: 'production' })).toMatchObject({
      production: true,
      graphiql: false,
    });
    expect(readGatewayConfig({ NODE_ENV: 'production', GRAPHIQL: 'on' }).graphiql).toBe(true);
    expect(readGatewayConfig({ GRAPHIQL: 'off' })).toMatchObject({ production: false, graphiql: false });
  });

  it('traces only when an OTLP endpoint is set, and not when the SDK is disabled', () => {
    expect(readGatewayConfig({}).tracing).toBe(false);
    expect(readGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }).tracing).toBe(false);
    expect(readGatewayConfig({ OTEL_SERVICE_NAME: 'shop' }).tracing).toBe(false);
    expect(readGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318' }).tracing).toBe(true);
    expect(
      readGatewayConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector/v1/traces' }).tracing,
    ).toBe(true);
    expect(
      readGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318', OTEL_SDK_DISABLED: 'true' })
        .tracing,
    ).toBe(false);
    expect(() => readGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'localhost:4318' })).toThrow(
      /^OTEL_EXPORTER_OTLP_ENDPOINT must start with http:\/\/ or https:\/\//,
    );
    expect(() => readGatewayConfig({ OTEL_SDK_DISABLED: 'yes' })).toThrow(
      /^OTEL_SDK_DISABLED must be true or false/,
    );
  });
});
