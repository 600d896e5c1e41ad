import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { InfrastructureConfig } from '@sluice/infrastructure';
import { createTemporaryDatabase, postgresAvailability } from '@sluice/testing';

const run = promisify(execFile);
const pg = await postgresAvailability();

/** What `npx sluice …` answered: its exit code, its output (stderr when it failed) and its stderr. */
export interface CliAnswer {
  code: number;
  out: string;
  err: string;
}

/** `npx sluice …` as an operator types it, in the environment given. */
export async function sluice(env: Record<string, string>, ...args: string[]): Promise<CliAnswer> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/sluice.js', ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, out: stdout.trim(), err: stderr.trim() };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, out: failed.stderr.trim(), err: failed.stderr.trim() };
  }
}

/** Where the CLI finds the system's data: a data folder of its own, or a temporary database. */
export interface CliStorage {
  env: Record<string, string>;
  /** The same, for opening it in the test as the system does. */
  config(): InfrastructureConfig;
  cleanup(): Promise<void>;
}

const infrastructure = (own: Partial<InfrastructureConfig> & { dataDir: string }): InfrastructureConfig => ({
  amqpUrl: undefined,
  amqpPrefix: 'sluice',
  amqpQueueType: 'classic',
  databasePoolSize: 3,
  databaseUrl: undefined,
  ...own,
});

/** The embedded data folder always; PostgreSQL when it is there (or in CI, where it must be). */
export const cliStorages: ReadonlyArray<{ name: string; skip: string | false; open(): Promise<CliStorage> }> =
  [
    {
      name: 'the embedded data folder',
      skip: false,
      open() {
        const dataDir = mkdtempSync(join(tmpdir(), 'sluice-cli-'));
        return Promise.resolve({
          env: { SLUICE_DATA_DIR: dataDir, DATABASE_URL: '' },
          config: () => infrastructure({ dataDir }),
          cleanup: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
        });
      },
    },
    {
      name: 'PostgreSQL',
      skip: pg.available ? false : pg.reason,
      async open() {
        const database = await createTemporaryDatabase();
        return {
          env: { DATABASE_URL: database.url },
          config: () => infrastructure({ dataDir: '.data/unused', databaseUrl: database.url }),
          cleanup: () => database.drop(),
        };
      },
    },
  ];
