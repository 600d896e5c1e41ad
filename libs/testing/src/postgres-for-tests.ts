import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { settleAvailability, type Availability } from './service-availability';

/** @default postgres://postgres@127.0.0.1:5432/postgres */
export const testPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let probe: Promise<Availability> | undefined;

/** Probes PostgreSQL once per test file. */
export function postgresAvailability(): Promise<Availability> {
  probe ??= (async () => {
    const sql = postgres(testPostgresUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
    try {
      await sql`select 1`;
      return settleAvailability('PostgreSQL', testPostgresUrl, undefined);
    } catch (error) {
      return settleAvailability('PostgreSQL', testPostgresUrl, error);
    } finally {
      await sql.end({ timeout: 1 });
    }
  })();
  return probe;
}

export interface TemporaryDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database of its own for one suite, so suites run in parallel and leave nothing behind. */
export async function createTemporaryDatabase(adminUrl = testPostgresUrl): Promise<TemporaryDatabase> {
  const name = `sluice_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 1 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end({ timeout: 1 });
      }
    },
  };
}
