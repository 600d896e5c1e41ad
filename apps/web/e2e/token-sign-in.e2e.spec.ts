import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testToken } from '@sluice/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailability } from './chromium';
import { startDashboardHarness, type DashboardHarness } from './dashboard-harness';
import { signInWithToken, signOut } from './sign-in';

const chromium = chromiumAvailability();
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const eventually = { timeout: 10_000, interval: 50 };

const signedInAs = (page: Page, id: string) =>
  page.locator(`[data-testid=signed-in-as][data-user-id="${id}"]`);
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Keys configured (as with an identity provider): no picker, a token is pasted. */
describe.skipIf(!chromium.available)('signing in with a token in Chromium', () => {
  let harness: DashboardHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startDashboardHarness('token');
    await harness.write.registerProduct({ sku: 'MUG-1', name: 'Mug', priceCents: 1200, initialStock: 5 });
    page = await harness.openDashboard();
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('offers a token form and no picker, and says why a token is refused', async () => {
    await region(page, 'Catalog').locator('tr[data-sku="MUG-1"]').waitFor();
    expect(await page.getByRole('form', { name: 'Sign in as' }).count()).toBe(0);
    await signInWithToken(page, 'not-a-token');
    const error = page.getByRole('form', { name: 'Sign in with a token' }).locator('.form-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/refused/i);
    expect(await signedInAs(page, 'ana').count()).toBe(0);
  });

  it('gives an analyst the sales, live, and no orders', async () => {
    await signInWithToken(page, await testToken('analyst', 'ana'));
    await signedInAs(page, 'ana').waitFor();
    await page.locator('[data-testid=connection][data-status=live]').waitFor();
    const mug = await harness.write.registerProduct({
      sku: 'CUP-2',
      name: 'Cup',
      priceCents: 500,
      initialStock: 5,
    });
    const order = await harness.write.placeOrder('cy', [{ productId: mug.id, quantity: 2 }]);
    await harness.write.send('payOrder', { orderId: order.id, amountCents: 1000 });
    const revenue = page.locator('[data-counter=revenue] .counter-value');
    await expect.poll(() => revenue.textContent(), eventually).toBe('$10.00');
    for (const panel of ['Orders', 'Your orders', 'Cart', 'Event log', 'Sign in'])
      expect(await region(page, panel).count(), panel).toBe(0);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}analyst.png`, fullPage: true });
    await signOut(page);
  });

  it('goes back to the sign-in, saying so, when the token expires', async () => {
    await signInWithToken(page, await testToken('customer', 'cy', 3));
    await signedInAs(page, 'cy').waitFor();
    await region(page, 'Your orders').locator('li.order').first().waitFor();
    const notice = page.locator('[data-testid=sign-in-notice]');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/expired/i);
    expect(await region(page, 'Your orders').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});
