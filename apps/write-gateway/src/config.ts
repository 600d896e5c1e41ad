import { readInteger, readPort, readString, readUrl } from '@sluice/gateway';

export interface WriteGatewayConfig {
  port: number;
  host: string;
  /** Real PostgreSQL when set; otherwise embedded PGlite persisted under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  databasePoolSize: number;
  maxBodyBytes: number;
  maxConnections: number;
}

/** Reads and validates the environment once; throws ConfigError naming the bad variable. */
export function readWriteGatewayConfig(
  env: Readonly<Record<string, string | undefined>>,
): WriteGatewayConfig {
  return {
    port: readPort(env, 'WRITE_PORT', 4001),
    host: readString(env, 'HOST', '0.0.0.0'),
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: readString(env, 'SLUICE_DATA_DIR', '.data'),
    databasePoolSize: readInteger(env, 'DATABASE_POOL_SIZE', 10, { min: 1, max: 500 }),
    maxBodyBytes: readInteger(env, 'MAX_BODY_BYTES', 1_048_576, { min: 1024, max: 104_857_600 }),
    maxConnections: readInteger(env, 'MAX_CONNECTIONS', 1000, { min: 1, max: 100_000 }),
  };
}
