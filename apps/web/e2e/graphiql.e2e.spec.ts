import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailability } from './chromium';
import { startDashboardHarness, type DashboardHarness } from './dashboard-harness';

const chromium = chromiumAvailability();
const eventually = { timeout: 15_000, interval: 100 };

/** A page that may reach nothing but the gateways on this machine: what it tried is recorded. */
async function offlinePage(harness: DashboardHarness): Promise<{ page: Page; outside: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return { page, outside };
}

describe.skipIf(!chromium.available)('GraphiQL in Chromium, with no network beyond the gateways', () => {
  let harness: DashboardHarness;

  beforeAll(async () => {
    harness = await startDashboardHarness('dev');
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('loads on both gateways, opens signed in as an operator, and runs a query with that token', async () => {
    for (const url of [harness.system.readUrl, harness.system.writeUrl]) {
      const { page, outside } = await offlinePage(harness);
      const query = '{ me { id roles } }';
      await page.goto(`${url}?query=${encodeURIComponent(query)}`);
      await page.locator('.graphiql-container').first().waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: /execute query/i }).click();
      const result = page.locator('.result-window');
      await expect.poll(() => result.textContent(), eventually).toContain('"OPERATOR"');
      expect(outside, url).toEqual([]);
      await page.close();
    }
  }, 90_000);

  it('runs a subscription on the read gateway and shows each change live', async () => {
    const { page, outside } = await offlinePage(harness);
    const subscription = 'subscription { productChanged { name stock } }';
    await page.goto(`${harness.system.readUrl}?query=${encodeURIComponent(subscription)}`);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /execute query/i }).click();
    const result = page.locator('.result-window');
    // GraphiQL opens its socket after the click: a product registered before that is not pushed,
    // so one is registered at each poll until one arrives.
    const name = `GraphiQL-live-${Date.now()}`; // no spaces: the result pane shows them as no-break spaces
    await expect
      .poll(async () => {
        await harness.write.registerProduct({
          sku: `GQL-${Date.now()}`,
          name,
          priceCents: 100,
          initialStock: 3,
        });
        return result.textContent();
      }, eventually)
      .toContain(name);
    expect(outside).toEqual([]);
    await page.close();
  }, 90_000);
});
