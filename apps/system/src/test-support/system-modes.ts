import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsoleLogger, type Logger } from '@sluice/gateway';
import { readReadGatewayConfig } from '@sluice/read-gateway';
import {
  createTemporaryDatabase,
  postgresAvailability,
  rabbitAvailability,
  temporaryRabbitNames,
  testAmqpUrl,
  testAuthSecret,
} from '@sluice/testing';
import { readWriteGatewayConfig } from '@sluice/write-gateway';
import type { Tracing } from '@sluice/tracing';
import { startSystem, type RunningSystem } from '../start-system';

const pg = await postgresAvailability();
const rabbit = await rabbitAvailability();

export interface Mode {
  name: string;
  skip: string | false;
  /** The environment `npm start` would see, and a cleanup for what it made. */
  environment(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>;
}

export const modes: Mode[] = [
  {
    name: 'the embedded default',
    skip: false,
    environment() {
      const dataDir = mkdtempSync(join(tmpdir(), 'sluice-system-'));
      return Promise.resolve({
        env: { SLUICE_DATA_DIR: dataDir },
        cleanup: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
      });
    },
  },
  {
    name: 'PostgreSQL + RabbitMQ',
    skip: !pg.available ? pg.reason : !rabbit.available ? rabbit.reason : false,
    async environment() {
      const database = await createTemporaryDatabase();
      const names = temporaryRabbitNames();
      return {
        // Real mode needs keys: the tests' shared secret, so tests sign with testToken.
        env: {
          DATABASE_URL: database.url,
          AMQP_URL: testAmqpUrl,
          AMQP_PREFIX: names.prefix,
          AUTH_SECRET: testAuthSecret,
        },
        async cleanup() {
          await names.cleanup();
          await database.drop();
        },
      };
    },
  },
];

/**
 * Starts the whole system as `npm start` would, with this environment on top of the mode's, logging
 * nothing below errors unless given a logger.
 */
export async function startSystemIn(
  mode: Mode,
  extraEnv: Record<string, string> = {},
  options: { tracing?: Tracing; logger?: Logger } = {},
): Promise<{ system: RunningSystem; cleanup(): Promise<void> }> {
  const environment = await mode.environment();
  const env = { ...environment.env, WRITE_PORT: '0', READ_PORT: '0', HOST: '127.0.0.1', ...extraEnv };
  const config = { write: readWriteGatewayConfig(env), read: readReadGatewayConfig(env) };
  const logger = options.logger ?? createConsoleLogger('system-test', { silent: true });
  const system = await startSystem(config, logger, { tracing: options.tracing });
  return {
    system,
    async cleanup() {
      await system.stop();
      await environment.cleanup();
    },
  };
}
