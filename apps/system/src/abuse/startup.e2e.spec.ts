import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresAvailability, testAuthSecret, testPostgresUrl } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The abuse suite's probes of starting up (issue 15: "a port in use or a missing database prints
 * a raw stack trace"): `npm start`'s entry, given what it cannot start with, ends with exit code 1
 * and one line on stderr saying what to change.
 */
const pg = await postgresAvailability();

// Each start opens the embedded database (PGlite) before it reaches the port: seconds apiece.
/** Runs `npm start`'s entry with this environment until it exits; answers its code and stderr. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/system/src/main.ts'], {
    env: { ...process.env, WRITE_PORT: '0', READ_PORT: '0', WEB_PORT: 'off', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('npm start, given what it cannot start with', () => {
  let dataDir: string;
  let holder: Server;
  let taken: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sluice-startup-'));
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    taken = (holder.address() as AddressInfo).port;
  });
  afterAll(() => {
    holder?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names the variable to set when a port is in use', async () => {
    writeFileSync(join(dataDir, 'index.html'), '<!doctype html>');
    for (const variable of ['WRITE_PORT', 'READ_PORT', 'WEB_PORT']) {
      const env = { SLUICE_DATA_DIR: join(dataDir, variable), WEB_DIST: dataDir, [variable]: String(taken) };
      expect(await start(env), variable).toEqual({
        code: 1,
        stderr: `sluice: port ${taken} is in use: set ${variable}\n`,
      });
    }
  }, 120_000);

  it('says how to build the dashboard when it is not built', async () => {
    const missing = join(dataDir, 'no-dashboard');
    expect(await start({ SLUICE_DATA_DIR: join(dataDir, 'web'), WEB_PORT: '0', WEB_DIST: missing })).toEqual({
      code: 1,
      stderr: `sluice: the dashboard is not built in ${missing}: run \`npm run build -w @sluice/web\`, or set WEB_PORT=off\n`,
    });
  }, 60_000);

  it('says in one line that nothing listens where DATABASE_URL points', async () => {
    expect(
      await start({
        DATABASE_URL: 'postgres://someone:s3cret@127.0.0.1:1/shop',
        AUTH_SECRET: testAuthSecret,
      }),
    ).toEqual({
      code: 1,
      stderr:
        'sluice: cannot open the database at 127.0.0.1:1/shop: nothing listens there (check DATABASE_URL)\n',
    });
  });

  it.skipIf(!pg.available)(
    'says in one line that the database DATABASE_URL names does not exist',
    async () => {
      const url = new URL(testPostgresUrl);
      url.pathname = '/sluice_no_such_database';
      expect(await start({ DATABASE_URL: url.toString(), AUTH_SECRET: testAuthSecret })).toEqual({
        code: 1,
        stderr: `sluice: cannot open the database at ${url.host}/sluice_no_such_database: the database does not exist (check DATABASE_URL)\n`,
      });
    },
  );
});
