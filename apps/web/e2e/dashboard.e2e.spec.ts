import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailability } from './chromium';
import { startDashboardHarness, type DashboardHarness } from './dashboard-harness';
import { signInAs } from './sign-in';
import { markLoaded, neverReloaded } from './no-reload';

const chromium = chromiumAvailability();
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const eventually = { timeout: 10_000, interval: 50 };

const productRow = (page: Page, sku: string) => page.locator(`tr[data-sku="${sku}"]`);
const orderRow = (page: Page, id: string) => page.locator(`li[data-order-id="${id}"]`);
const cell = (page: Page, sku: string, name: string) => productRow(page, sku).locator(`[data-cell=${name}]`);
const counter = (page: Page, name: string) => page.locator(`[data-counter=${name}] .counter-value`);

describe.skipIf(!chromium.available)("the operator's dashboard in Chromium", () => {
  let harness: DashboardHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startDashboardHarness();
    page = await harness.openDashboard();
    await signInAs(page, 'operator');
    // Survives only if the page never reloads: every update below must arrive live.
    await markLoaded(page);
  }, 120_000);

  afterAll(async () => {
    if (!page) return;
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}dashboard.png`, fullPage: true });
    await harness.close();
  });

  it('shows changes written elsewhere as they happen, without a reload', async () => {
    const mug = await harness.write.registerProduct({
      sku: 'MUG-1',
      name: 'Mug',
      priceCents: 1200,
      initialStock: 5,
    });
    await expect.poll(() => cell(page, 'MUG-1', 'stock').textContent(), eventually).toBe('5');
    expect(await cell(page, 'MUG-1', 'price').textContent()).toBe('$12.00');

    await harness.write.send('changeProductPrice', { productId: mug.id, priceCents: 1450 });
    await harness.write.send('restockProduct', { productId: mug.id, quantity: 10 });
    await expect.poll(() => cell(page, 'MUG-1', 'stock').textContent(), eventually).toBe('15');
    expect(await cell(page, 'MUG-1', 'price').textContent()).toBe('$14.50');

    const order = await harness.write.placeOrder('ada', [{ productId: mug.id, quantity: 2 }]);
    await expect.poll(() => orderRow(page, order.id).getAttribute('data-status'), eventually).toBe('PLACED');
    await harness.write.send('payOrder', { orderId: order.id, amountCents: 2900 });
    await expect.poll(() => orderRow(page, order.id).getAttribute('data-status'), eventually).toBe('PAID');
    await expect.poll(() => counter(page, 'revenue').textContent(), eventually).toBe('$29.00');
    expect(await counter(page, 'paid').textContent()).toBe('1');
    expect(await page.locator('[data-top-product="MUG-1"]').textContent()).toContain('2 · $29.00');
    expect(await cell(page, 'MUG-1', 'sold').textContent()).toBe('2');

    expect(await neverReloaded(page)).toBe(true);
  });

  it('runs the whole order flow from its own forms and buttons, showing each result at once', async () => {
    const form = page.getByRole('form', { name: 'Register a product' });
    await form.locator('input[name=sku]').fill('LAMP-7');
    await form.locator('input[name=name]').fill('Desk lamp');
    await form.locator('input[name=price]').fill('39.90');
    await form.locator('input[name=initialStock]').fill('3');
    await form.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => cell(page, 'LAMP-7', 'stock').textContent(), eventually).toBe('3');

    const lampId = await productRow(page, 'LAMP-7').getAttribute('data-product-id');
    const orderForm = page.getByRole('form', { name: 'Place an order' });
    await orderForm.locator('input[name=customerId]').fill('grace');
    await orderForm.locator('select[name="lines.0.productId"]').selectOption(lampId);
    await orderForm.locator('input[name="lines.0.quantity"]').fill('2');
    await orderForm.getByRole('button', { name: 'Place order' }).click();

    const row = page.locator('li.order', { hasText: 'grace' });
    await expect.poll(() => row.getAttribute('data-status'), eventually).toBe('PLACED');
    expect(await cell(page, 'LAMP-7', 'stock').textContent()).toBe('1');
    await row.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => row.getAttribute('data-status'), eventually).toBe('PAID');
    await row.getByRole('button', { name: 'Ship' }).click();
    await expect.poll(() => row.getAttribute('data-status'), eventually).toBe('SHIPPED');
    expect(await row.locator('.order-actions').count()).toBe(0);

    await orderForm.locator('input[name=customerId]').fill('linus');
    await orderForm.locator('select[name="lines.0.productId"]').selectOption(lampId);
    await orderForm.locator('input[name="lines.0.quantity"]').fill('1');
    await orderForm.getByRole('button', { name: 'Place order' }).click();
    const cancelled = page.locator('li.order', { hasText: 'linus' });
    await cancelled.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => cancelled.getAttribute('data-status'), eventually).toBe('CANCELLED');
    expect(await cell(page, 'LAMP-7', 'stock').textContent()).toBe('1');
  });

  it('shows validation errors beside their fields and registers nothing', async () => {
    const form = page.getByRole('form', { name: 'Register a product' });
    await form.locator('input[name=sku]').fill('bad sku!');
    await form.locator('input[name=name]').fill('Broken');
    await form.locator('input[name=price]').fill('0');
    await form.getByRole('button', { name: 'Register' }).click();

    const skuError = form.locator('[data-field-error=sku]');
    await skuError.waitFor();
    expect(await skuError.textContent()).toMatch(/A-Z/);
    expect(await form.locator('[data-field-error=priceCents]').textContent()).toMatch(/from 1 to/i);
    expect(await form.locator('input[name=sku]').inputValue()).toBe('bad sku!');
    expect(await page.locator('tr[data-sku]').count()).toBe(2);

    await form.locator('input[name=sku]').fill('GOOD-1');
    await form.locator('input[name=price]').fill('5');
    await form.getByRole('button', { name: 'Register' }).click();
    await productRow(page, 'GOOD-1').waitFor();
    expect(await form.locator('[data-field-error]').count()).toBe(0);
  });

  it('misses nothing when its WebSocket drops and comes back', async () => {
    const positionsOnPage = () =>
      page
        .locator('.event-feed li[data-position]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-position')!));
    const before = await harness.write.registerProduct({ sku: 'PRE-1', name: 'Before', priceCents: 100 });
    await expect.poll(positionsOnPage, eventually).toContain(before.position);

    harness.wsProxy.cut();
    await page.locator('[data-testid=connection][data-status=reconnecting]').waitFor();
    const during = [
      await harness.write.registerProduct({
        sku: 'OFF-1',
        name: 'Offline one',
        priceCents: 100,
        initialStock: 1,
      }),
      await harness.write.registerProduct({ sku: 'OFF-2', name: 'Offline two', priceCents: 200 }),
    ];
    await harness.write.send('restockProduct', { productId: during[0]!.id, quantity: 4 });
    const restock = await harness.write.send('restockProduct', { productId: during[0]!.id, quantity: 5 });
    expect(await productRow(page, 'OFF-1').count()).toBe(0);

    harness.wsProxy.restore();
    await page.locator('[data-testid=connection][data-status=live]').waitFor({ timeout: 15_000 });
    await expect.poll(positionsOnPage, eventually).toContain(restock.position);
    const seen = await positionsOnPage();
    for (const { position } of [before, ...during, restock]) expect(seen).toContain(position);
    expect(new Set(seen).size).toBe(seen.length);
    const newestFirst = [...seen].sort((a, b) => (BigInt(a) < BigInt(b) ? 1 : -1));
    expect(seen).toEqual(newestFirst);
    await expect.poll(() => cell(page, 'OFF-1', 'stock').textContent(), eventually).toBe('10');
    await productRow(page, 'OFF-2').waitFor();
  });
});
