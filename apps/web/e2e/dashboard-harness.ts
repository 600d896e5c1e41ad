import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '@sluice/gateway';
import { readReadGatewayConfig } from '@sluice/read-gateway';
import { startSystem, type RunningSystem } from '@sluice/system';
import { startTcpProxy, testAuthSecret, writeClient, type TcpProxy, type WriteClient } from '@sluice/testing';
import { readWriteGatewayConfig } from '@sluice/write-gateway';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from './chromium';
import { devToken } from './dev-token';

const webRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * `dev`: the embedded default, whose page offers the "sign in as" picker; `token`: keys configured
 * (the test secret, as a deployment has its identity provider's), so users paste a token.
 */
export type SignInMode = 'dev' | 'token';

export interface DashboardHarness {
  system: RunningSystem;
  /** Mutations as an operator, for changes "made elsewhere". */
  write: WriteClient;
  /** Sits between the page's WebSocket and the read gateway, to drop the connection at will. */
  wsProxy: TcpProxy;
  browser: Browser;
  /** A new page (its own tab, its own sessionStorage), anonymous until it signs in, live. */
  openDashboard(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * What a user gets from `npm start` (on the embedded default, or with AUTH_SECRET): the production
 * build of the web app served by the system, in a real Chromium. Only the pages' WebSocket goes
 * through a proxy.
 */
export async function startDashboardHarness(
  signIn: SignInMode = 'dev',
  options: {
    /** Writes to the embedded data folder before the system opens it (a history it did not make). */
    beforeStart?: (dataDir: string) => Promise<void>;
  } = {},
): Promise<DashboardHarness> {
  const workDir = mkdtempSync(join(tmpdir(), 'sluice-web-e2e-'));
  const distDir = join(workDir, 'dist');
  await build({ root: webRoot, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const env = {
    SLUICE_DATA_DIR: join(workDir, 'data'),
    WRITE_PORT: '0',
    READ_PORT: '0',
    HOST: '127.0.0.1',
    ...(signIn === 'token' ? { AUTH_SECRET: testAuthSecret } : {}),
  };
  await options.beforeStart?.(env.SLUICE_DATA_DIR);
  const system = await startSystem(
    {
      write: readWriteGatewayConfig(env),
      read: readReadGatewayConfig(env),
      web: { port: 0, host: '127.0.0.1', distDir },
    },
    createConsoleLogger('web-e2e', { silent: true }),
  );
  const readPort = Number(new URL(system.readUrl).port);
  const wsProxy = await startTcpProxy({ host: '127.0.0.1', port: readPort });
  const browser = await launchChromium();
  const webUrl = system.webUrl!;
  // With the test secret, writeClient signs its own operator token; the embedded default verifies
  // only its own, which its picker endpoint hands out.
  const operator =
    signIn === 'dev' ? { authorization: `Bearer ${await devToken(webUrl, 'operator')}` } : undefined;

  return {
    system,
    write: writeClient(system.writeUrl, operator),
    wsProxy,
    browser,
    async openDashboard() {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.route('**/config.json', async (route) => {
        const config = (await (await route.fetch()).json()) as Record<string, unknown>;
        await route.fulfill({ json: { ...config, readWsUrl: `ws://127.0.0.1:${wsProxy.port}/graphql` } });
      });
      await page.goto(webUrl);
      await page.locator('[data-testid=connection][data-status=live]').waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await wsProxy.close();
      await system.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
