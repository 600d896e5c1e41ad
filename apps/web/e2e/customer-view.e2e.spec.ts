import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Accepted } from '@sluice/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailability } from './chromium';
import { startDashboardHarness, type DashboardHarness } from './dashboard-harness';
import { signInAs, signOut } from './sign-in';
import { markLoaded, neverReloaded } from './no-reload';

const chromium = chromiumAvailability();
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const eventually = { timeout: 10_000, interval: 50 };

const catalogRow = (page: Page, sku: string) =>
  page.getByRole('region', { name: 'Catalog' }).locator(`tr[data-sku="${sku}"]`);
const stock = (page: Page, sku: string) => catalogRow(page, sku).locator('[data-cell=stock]').textContent();
const orders = (page: Page) => page.getByRole('region', { name: 'Your orders' }).locator('li.order');
const orderRow = (page: Page, id: string) => page.locator(`li[data-order-id="${id}"]`);
const status = (page: Page, id: string) => orderRow(page, id).getAttribute('data-status');
const orderIdsOnPage = (page: Page) =>
  orders(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-order-id')!));

describe.skipIf(!chromium.available)("a customer's view in Chromium", () => {
  let harness: DashboardHarness;
  let page: Page;
  let mug: Accepted;
  let lamp: Accepted;
  const bobsOrders: Accepted[] = [];

  beforeAll(async () => {
    harness = await startDashboardHarness();
    mug = await harness.write.registerProduct({
      sku: 'MUG-1',
      name: 'Mug',
      priceCents: 1200,
      initialStock: 10,
    });
    lamp = await harness.write.registerProduct({
      sku: 'LAMP-7',
      name: 'Lamp',
      priceCents: 3990,
      initialStock: 5,
    });
    bobsOrders.push(await harness.write.placeOrder('bob', [{ productId: mug.id, quantity: 1 }]));
    page = await harness.openDashboard();
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows an anonymous visitor the catalog and the sign-in, nothing else', async () => {
    await expect.poll(() => stock(page, 'MUG-1'), eventually).toBe('9');
    expect(await catalogRow(page, 'MUG-1').locator('[data-cell=price]').textContent()).toBe('$12.00');
    expect(await page.getByRole('form', { name: 'Sign in as' }).isVisible()).toBe(true);
    for (const panel of ['Orders', 'Your orders', 'Sales', 'Cart', 'Event log'])
      expect(await page.getByRole('region', { name: panel, exact: true }).count(), panel).toBe(0);
    expect(await catalogRow(page, 'MUG-1').getByRole('button').count()).toBe(0);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}visitor.png`, fullPage: true });
  });

  it('places an order from the cart and follows it live as an operator pays and ships it', async () => {
    await signInAs(page, { customer: 'ada' });
    expect(await page.locator('[data-testid=signed-in-as]').textContent()).toContain('customer');
    await markLoaded(page);

    await page.getByRole('button', { name: 'Add MUG-1 to cart' }).click();
    await page.getByRole('button', { name: 'Add MUG-1 to cart' }).click();
    await page.getByRole('button', { name: 'Add LAMP-7 to cart' }).click();
    const cart = page.getByRole('region', { name: 'Cart' });
    expect(await cart.locator('[data-cell=cart-total]').textContent()).toBe('$63.90');
    await cart.getByRole('button', { name: 'Place order' }).click();

    await expect.poll(() => orders(page).count(), eventually).toBe(1);
    const [id] = await orderIdsOnPage(page);
    expect(await status(page, id!)).toBe('PLACED');
    expect(await orderRow(page, id!).textContent()).toContain('ada');
    expect(await stock(page, 'MUG-1')).toBe('7');
    expect(await cart.locator('.cart-line').count()).toBe(0);

    bobsOrders.push(await harness.write.placeOrder('bob', [{ productId: lamp.id, quantity: 1 }]));
    await harness.write.send('payOrder', { orderId: id, amountCents: 6390 });
    await expect.poll(() => status(page, id!), eventually).toBe('PAID');
    expect(await orderRow(page, id!).getByRole('button', { name: 'Ship' }).count()).toBe(0);
    await harness.write.send('shipOrder', { orderId: id });
    await expect.poll(() => status(page, id!), eventually).toBe('SHIPPED');
    expect(await orderRow(page, id!).locator('.order-actions').count()).toBe(0);
    // Bob's second order came before the payment in the log: had it been pushed, it would be here.
    expect(await orderIdsOnPage(page)).toEqual([id]);
    expect(await neverReloaded(page)).toBe(true);
  });

  it('lets the customer pay and cancel their own orders before they ship', async () => {
    const cart = page.getByRole('region', { name: 'Cart' });
    await page.getByRole('button', { name: 'Add LAMP-7 to cart' }).click();
    await cart.getByRole('button', { name: 'Place order' }).click();
    await expect.poll(() => orders(page).count(), eventually).toBe(2);
    const placedId = () => page.locator('li.order[data-status=PLACED]').getAttribute('data-order-id');
    const cancelled = orderRow(page, (await placedId())!);
    const lampStock = await stock(page, 'LAMP-7');
    await cancelled.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => cancelled.getAttribute('data-status'), eventually).toBe('CANCELLED');
    await expect.poll(() => stock(page, 'LAMP-7'), eventually).toBe(String(Number(lampStock) + 1));

    await page.getByRole('button', { name: 'Add MUG-1 to cart' }).click();
    await cart.getByRole('button', { name: 'Place order' }).click();
    await expect.poll(() => orders(page).count(), eventually).toBe(3);
    const paid = orderRow(page, (await placedId())!);
    await paid.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => paid.getAttribute('data-status'), eventually).toBe('PAID');
    expect(await paid.getByRole('button', { name: 'Ship' }).count()).toBe(0);
    expect(await paid.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
  });

  it('shows the server refusing what the catalog allowed, beside the line', async () => {
    const cart = page.getByRole('region', { name: 'Cart' });
    await page.getByRole('button', { name: 'Add MUG-1 to cart' }).click();
    await cart.getByLabel('Quantity of MUG-1').fill('0');
    await cart.getByRole('button', { name: 'Place order' }).click();
    await cart.locator('[data-field-error="lines.0.quantity"]').waitFor();
    expect(await orders(page).count()).toBe(3);
    await cart.getByRole('button', { name: 'Remove MUG-1 from cart' }).click();
  });

  it("never shows another customer's orders, and keeps the session over a reload", async () => {
    const mine = await orderIdsOnPage(page);
    await page.reload();
    await page.locator('[data-testid=signed-in-as][data-user-id=ada]').waitFor();
    await page.locator('[data-testid=connection][data-status=live]').waitFor();
    await expect.poll(() => orderIdsOnPage(page), eventually).toHaveLength(mine.length);
    expect(new Set(await orderIdsOnPage(page))).toEqual(new Set(mine));
    for (const bobs of bobsOrders) expect(mine).not.toContain(bobs.id);

    await page.screenshot({ path: `${artifacts}customer.png`, fullPage: true });

    const bob = await harness.openDashboard();
    await signInAs(bob, { customer: 'bob' });
    await expect.poll(() => orderIdsOnPage(bob), eventually).toHaveLength(bobsOrders.length);
    expect(new Set(await orderIdsOnPage(bob))).toEqual(new Set(bobsOrders.map((order) => order.id)));
    await bob.close();
  });

  it('signs out to the catalog, and back to the sign-in with a message when the token is refused', async () => {
    await signOut(page);
    expect(await page.getByRole('region', { name: 'Your orders' }).count()).toBe(0);
    await catalogRow(page, 'MUG-1').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await signInAs(page, { customer: 'ada' });
    await page.evaluate(() => sessionStorage.setItem('sluice.token', 'not-a-token'));
    await page.reload();
    const notice = page.locator('[data-testid=sign-in-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/sign in again/i);
    expect(await page.locator('[data-testid=signed-in-as]').count()).toBe(0);
    await catalogRow(page, 'MUG-1').waitFor();
  });
});
