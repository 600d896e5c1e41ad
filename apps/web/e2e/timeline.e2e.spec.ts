import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailability } from './chromium';
import { startDashboardHarness, type DashboardHarness } from './dashboard-harness';
import { signInAs } from './sign-in';
import { markLoaded, neverReloaded } from './no-reload';

const chromium = chromiumAvailability();
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const eventually = { timeout: 10_000, interval: 50 };

const productRow = (page: Page, sku: string) =>
  page.getByRole('region', { name: 'Products' }).locator(`tr[data-sku="${sku}"]`);
const timeline = (page: Page) => page.getByRole('complementary', { name: 'Timeline' });
const entries = (page: Page) => timeline(page).locator('li.timeline-entry');
const entry = (page: Page, version: number) => entries(page).and(page.locator(`[data-version="${version}"]`));
const cellOf = (item: Locator, name: string) => item.locator(`[data-cell=${name}]`);
const typesShown = (page: Page) =>
  entries(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-event-type')));
const sentencesShown = (page: Page) => timeline(page).locator('[data-cell=sentence]').allTextContents();
const timelineButtons = (region: Locator) => region.getByRole('button', { name: /^Timeline of / });

describe.skipIf(!chromium.available)('timelines in Chromium', () => {
  let harness: DashboardHarness;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    harness = await startDashboardHarness();
    page = await harness.openDashboard();
    await signInAs(page, 'operator');
    // Survives only if the page never reloads: every timeline update below must arrive live.
    await markLoaded(page);
  }, 120_000);

  afterAll(async () => {
    if (!page) return;
    await page.screenshot({ path: `${artifacts}timeline.png`, fullPage: true });
    await harness.close();
  });

  it("shows a product's events newest first, with who did it, when, the command and the data", async () => {
    const form = page.getByRole('form', { name: 'Register a product' });
    await form.locator('input[name=sku]').fill('MUG-1');
    await form.locator('input[name=name]').fill('Mug');
    await form.locator('input[name=price]').fill('12');
    await form.locator('input[name=initialStock]').fill('5');
    await form.getByRole('button', { name: 'Register' }).click();
    const row = productRow(page, 'MUG-1');
    await row.waitFor();
    await row.getByLabel('New price for MUG-1').fill('9.50');
    await row.getByRole('button', { name: 'Reprice' }).click();
    await expect.poll(() => row.locator('[data-cell=price]').textContent(), eventually).toBe('$9.50');

    await row.getByRole('button', { name: 'Timeline of Mug (MUG-1)' }).click();
    expect(await timeline(page).getByRole('heading').textContent()).toBe('Mug (MUG-1)');
    await expect
      .poll(() => typesShown(page), eventually)
      .toEqual(['ProductPriceChanged', 'ProductRegistered']);
    expect(await sentencesShown(page)).toEqual([
      'Price changed from $12.00 to $9.50',
      'Registered Mug (MUG-1) at $12.00 with 5 units in stock',
    ]);

    const changed = entry(page, 2);
    expect(await cellOf(changed, 'actor').textContent()).toBe('dev-operator (operator)');
    expect(await cellOf(changed, 'command').textContent()).toBe('changeProductPrice');
    expect(await cellOf(entry(page, 1), 'command').textContent()).toBe('registerProduct');
    const position = await changed.getAttribute('data-position');
    expect(await cellOf(changed, 'position').textContent()).toBe(`position ${position}`);
    const recordedAt = await cellOf(changed, 'recorded-at').getAttribute('datetime');
    const shownAt = await cellOf(changed, 'recorded-at').textContent();
    expect(shownAt).toBe(await page.evaluate((at) => new Date(at).toLocaleString(), recordedAt!));

    expect(await cellOf(changed, 'data').isVisible()).toBe(false);
    await changed.getByText('Data', { exact: true }).click();
    const data = JSON.parse((await cellOf(changed, 'data').textContent())!) as Record<string, unknown>;
    expect(data).toMatchObject({ previousPriceCents: 1200, priceCents: 950 });
  });

  it('shows new events of the open product as they happen, without a reload', async () => {
    const productId = (await timeline(page).getAttribute('data-subject-id'))!;
    await harness.write.send('restockProduct', { productId, quantity: 3 });
    await expect
      .poll(() => typesShown(page), eventually)
      .toEqual(['ProductRestocked', 'ProductPriceChanged', 'ProductRegistered']);
    expect(await cellOf(entry(page, 3), 'sentence').textContent()).toBe('Restocked 3 units');

    await productRow(page, 'MUG-1').getByLabel('New price for MUG-1').fill('11');
    await productRow(page, 'MUG-1').getByRole('button', { name: 'Reprice' }).click();
    await expect
      .poll(() => cellOf(entries(page).first(), 'sentence').textContent(), eventually)
      .toBe('Price changed from $9.50 to $11.00');
    expect(await entries(page).count()).toBe(4);
    expect(await neverReloaded(page)).toBe(true);
  });

  it("follows an order from placed to paid in its timeline, and the order's stock on the product's", async () => {
    const orderForm = page.getByRole('form', { name: 'Place an order' });
    await orderForm.locator('input[name=customerId]').fill('grace');
    await orderForm.locator('input[name="lines.0.quantity"]').fill('2');
    await orderForm.getByRole('button', { name: 'Place order' }).click();
    const order = page.locator('li.order', { hasText: 'grace' });
    await expect.poll(() => order.getAttribute('data-status'), eventually).toBe('PLACED');
    const orderId = (await order.getAttribute('data-order-id'))!;

    await order.getByRole('button', { name: `Timeline of order #${orderId.slice(0, 8)}` }).click();
    await expect.poll(() => timeline(page).getAttribute('data-subject-id'), eventually).toBe(orderId);
    await expect
      .poll(() => sentencesShown(page), eventually)
      .toEqual(['Order placed for grace: 2 × Mug, $22.00']);

    await order.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => typesShown(page), eventually).toEqual(['OrderPaid', 'OrderPlaced']);
    expect(await sentencesShown(page)).toEqual([
      'Order paid $22.00',
      'Order placed for grace: 2 × Mug, $22.00',
    ]);
    expect(await cellOf(entry(page, 2), 'command').textContent()).toBe('payOrder');
    expect(await timeline(page).getByRole('heading').locator('.badge').textContent()).toBe('PAID');

    await productRow(page, 'MUG-1').getByRole('button', { name: 'Timeline of Mug (MUG-1)' }).click();
    await expect
      .poll(() => cellOf(entries(page).first(), 'sentence').textContent(), eventually)
      .toBe(`Reserved 2 units for order #${orderId.slice(0, 8)}`);
    await page.screenshot({ path: `${artifacts}operator-timeline.png`, fullPage: true });
  });

  it('pages back through a long history with Load more, and closes', async () => {
    const lamp = await harness.write.registerProduct({ sku: 'LAMP-7', name: 'Lamp', priceCents: 3990 });
    for (let i = 1; i <= 24; i += 1)
      await harness.write.send('restockProduct', { productId: lamp.id, quantity: i });
    const row = productRow(page, 'LAMP-7');
    await expect.poll(() => row.locator('[data-cell=stock]').textContent(), eventually).toBe('300');

    await row.getByRole('button', { name: 'Timeline of Lamp (LAMP-7)' }).click();
    await expect.poll(() => entries(page).count(), eventually).toBe(20);
    expect(await entries(page).first().getAttribute('data-version')).toBe('25');
    await timeline(page).getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => entries(page).count(), eventually).toBe(25);
    const versions = await entries(page).evaluateAll((items) =>
      items.map((item) => Number(item.getAttribute('data-version'))),
    );
    expect(versions).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
    expect(await entries(page).last().getAttribute('data-event-type')).toBe('ProductRegistered');
    expect(await timeline(page).getByRole('button', { name: 'Load more' }).count()).toBe(0);

    await page.keyboard.press('Escape');
    await timeline(page).waitFor({ state: 'detached' });
    await row.getByRole('button', { name: 'Timeline of Lamp (LAMP-7)' }).click();
    await timeline(page).getByRole('button', { name: 'Close the timeline' }).click();
    await timeline(page).waitFor({ state: 'detached' });
  });

  it("offers a customer their own orders' timelines and no product's", async () => {
    const ada = await harness.openDashboard();
    await signInAs(ada, { customer: 'ada' });
    await ada.getByRole('button', { name: 'Add MUG-1 to cart' }).click();
    await ada.getByRole('region', { name: 'Cart' }).getByRole('button', { name: 'Place order' }).click();
    const order = ada.getByRole('region', { name: 'Your orders' }).locator('li.order');
    await expect.poll(() => order.getAttribute('data-status'), eventually).toBe('PLACED');
    const orderId = (await order.getAttribute('data-order-id'))!;

    await order.getByRole('button', { name: `Timeline of order #${orderId.slice(0, 8)}` }).click();
    await expect
      .poll(() => sentencesShown(ada), eventually)
      .toEqual(['Order placed for ada: 1 × Mug, $11.00']);
    await order.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => typesShown(ada), eventually).toEqual(['OrderPaid', 'OrderPlaced']);
    for (const version of [1, 2])
      expect(await cellOf(entry(ada, version), 'actor').textContent()).toBe('ada (customer)');
    expect(await ada.getByRole('alert').count()).toBe(0);

    expect(await timelineButtons(ada.getByRole('region', { name: 'Catalog' })).count()).toBe(0);
    expect(await timelineButtons(ada.locator('body')).count()).toBe(1);
    await ada.screenshot({ path: `${artifacts}customer-timeline.png`, fullPage: true });
    await ada.close();
  });
});
