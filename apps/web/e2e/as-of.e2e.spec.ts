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
const slider = (page: Page) => timeline(page).getByRole('slider', { name: 'As of' });
const card = (page: Page) => timeline(page).getByRole('region', { name: 'State' });
const cardCell = (page: Page, name: string) => card(page).locator(`[data-cell=${name}]`);
const entries = (page: Page) => timeline(page).locator('li.timeline-entry');
const entry = (page: Page, version: number) => entries(page).and(page.locator(`[data-version="${version}"]`));
const cellOf = (item: Locator, name: string) => item.locator(`[data-cell=${name}]`);
/** Which events stand out as happened by the slider's point, newest first. */
const happened = (page: Page) =>
  entries(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-happened')));

/** Moves the slider with the keyboard, as a user would, and waits for the card to show that point. */
async function slideTo(page: Page, key: 'Home' | 'End' | 'ArrowLeft' | 'ArrowRight', asOf: string) {
  await slider(page).press(key);
  await expect.poll(() => card(page).getAttribute('data-as-of'), eventually).toBe(asOf);
}

describe.skipIf(!chromium.available)('a timeline as of a past event in Chromium', () => {
  let harness: DashboardHarness;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    harness = await startDashboardHarness();
    page = await harness.openDashboard();
    await signInAs(page, 'operator');
    // Survives only if the page never reloads.
    await markLoaded(page);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows a product as it was after each event, while the products list keeps the present', async () => {
    const form = page.getByRole('form', { name: 'Register a product' });
    await form.locator('input[name=sku]').fill('MUG-1');
    await form.locator('input[name=name]').fill('Mug');
    await form.locator('input[name=category]').fill('Kitchen');
    await form.locator('input[name=price]').fill('12');
    await form.locator('input[name=initialStock]').fill('5');
    await form.getByRole('button', { name: 'Register' }).click();
    const row = productRow(page, 'MUG-1');
    await row.waitFor();
    expect(await row.locator('[data-cell=category]').textContent()).toBe('Kitchen');
    for (const price of ['9.50', '11']) {
      await row.getByLabel('New price for MUG-1').fill(price);
      await row.getByRole('button', { name: 'Reprice' }).click();
      await expect
        .poll(() => row.locator('[data-cell=price]').textContent(), eventually)
        .toBe(price === '11' ? '$11.00' : '$9.50');
    }

    await row.getByRole('button', { name: 'Timeline of Mug (MUG-1)' }).click();
    await expect.poll(() => entries(page).count(), eventually).toBe(3);
    expect(await card(page).getAttribute('data-as-of')).toBe('now');
    expect(await cardCell(page, 'price').textContent()).toBe('$11.00');
    expect(await slider(page).inputValue()).toBe('3');

    const [first, second] = await Promise.all(
      [1, 2].map(async (version) => (await entry(page, version).getAttribute('data-position'))!),
    );
    await slideTo(page, 'Home', first!);
    expect(await cardCell(page, 'price').textContent()).toBe('$12.00');
    expect(await cardCell(page, 'stock').textContent()).toBe('5');
    expect(await cardCell(page, 'category').textContent()).toBe('Kitchen');
    expect(await cardCell(page, 'status').textContent()).toBe('On sale');
    expect(await card(page).locator('time').getAttribute('datetime')).toBe(
      await cellOf(entry(page, 1), 'recorded-at').getAttribute('datetime'),
    );
    expect(await happened(page)).toEqual(['false', 'false', 'true']);
    expect(await entry(page, 1).getAttribute('aria-current')).toBe('step');
    expect(await timeline(page).getByTestId('as-of-point').textContent()).toBe(
      'Registered Mug (MUG-1) at $12.00 with 5 units in stock',
    );
    // The past stays in the panel: the product everywhere else is as it is now.
    expect(await row.locator('[data-cell=price]').textContent()).toBe('$11.00');
    expect(await timeline(page).getByRole('heading').textContent()).toBe('Mug (MUG-1)');

    await slideTo(page, 'ArrowRight', second!);
    expect(await cardCell(page, 'price').textContent()).toBe('$9.50');
    expect(await happened(page)).toEqual(['false', 'true', 'true']);
    expect(await row.locator('[data-cell=price]').textContent()).toBe('$11.00');
    await page.screenshot({ path: `${artifacts}as-of-product.png`, fullPage: true });

    await slideTo(page, 'End', 'now');
    expect(await cardCell(page, 'price').textContent()).toBe('$11.00');
    expect(await happened(page)).toEqual(['true', 'true', 'true']);
    expect(await entries(page).and(page.locator('[aria-current]')).count()).toBe(0);
  });

  it('keeps the slider on its event as new events arrive, and shows them live at now', async () => {
    const productId = (await timeline(page).getAttribute('data-subject-id'))!;
    const first = (await entry(page, 1).getAttribute('data-position'))!;
    await slideTo(page, 'Home', first);
    await harness.write.send('restockProduct', { productId, quantity: 4 });
    await expect.poll(() => entries(page).count(), eventually).toBe(4);
    expect(await slider(page).inputValue()).toBe('0');
    expect(await card(page).getAttribute('data-as-of')).toBe(first);
    expect(await cardCell(page, 'stock').textContent()).toBe('5');
    await expect
      .poll(() => productRow(page, 'MUG-1').locator('[data-cell=stock]').textContent(), eventually)
      .toBe('9');

    await slideTo(page, 'End', 'now');
    expect(await cardCell(page, 'stock').textContent()).toBe('9');
    await harness.write.send('restockProduct', { productId, quantity: 1 });
    await expect.poll(() => cardCell(page, 'stock').textContent(), eventually).toBe('10');
  });

  it('shows an order PLACED as of its placing and PAID now', async () => {
    const mugId = (await productRow(page, 'MUG-1').getAttribute('data-product-id'))!;
    const placed = await harness.write.placeOrder('grace', [{ productId: mugId, quantity: 2 }]);
    const order = page.locator(`li.order[data-order-id="${placed.id}"]`);
    await order.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => order.getAttribute('data-status'), eventually).toBe('PAID');

    await order.getByRole('button', { name: `Timeline of order #${placed.id.slice(0, 8)}` }).click();
    await expect.poll(() => entries(page).count(), eventually).toBe(2);
    expect(await cardCell(page, 'status').textContent()).toBe('PAID');
    expect(await cardCell(page, 'paid-at').count()).toBe(1);

    await slideTo(page, 'Home', (await entry(page, 1).getAttribute('data-position'))!);
    expect(await cardCell(page, 'status').textContent()).toBe('PLACED');
    expect(await cardCell(page, 'paid-at').count()).toBe(0);
    expect(await cardCell(page, 'lines').textContent()).toBe('2 × Mug');
    expect(await cardCell(page, 'total').textContent()).toBe('$22.00');
    expect(await order.getAttribute('data-status')).toBe('PAID');
    expect(await timeline(page).getByRole('heading').locator('.badge').textContent()).toBe('PAID');

    await slideTo(page, 'End', 'now');
    expect(await cardCell(page, 'status').textContent()).toBe('PAID');
    expect(await cardCell(page, 'paid-at').count()).toBe(1);
    expect(await neverReloaded(page)).toBe(true);
  });

  it('lets a customer slide through their own order', async () => {
    const ada = await harness.openDashboard();
    await signInAs(ada, { customer: 'ada' });
    await ada.getByRole('button', { name: 'Add MUG-1 to cart' }).click();
    await ada.getByRole('region', { name: 'Cart' }).getByRole('button', { name: 'Place order' }).click();
    const order = ada.getByRole('region', { name: 'Your orders' }).locator('li.order');
    await expect.poll(() => order.getAttribute('data-status'), eventually).toBe('PLACED');
    await order.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => order.getAttribute('data-status'), eventually).toBe('PAID');

    await order.getByRole('button', { name: /^Timeline of order #/ }).click();
    await expect.poll(() => entries(ada).count(), eventually).toBe(2);
    await slideTo(ada, 'Home', (await entry(ada, 1).getAttribute('data-position'))!);
    expect(await cardCell(ada, 'status').textContent()).toBe('PLACED');
    expect(await cardCell(ada, 'customer').textContent()).toBe('ada');
    await slideTo(ada, 'End', 'now');
    expect(await cardCell(ada, 'status').textContent()).toBe('PAID');
    expect(await ada.getByRole('alert').count()).toBe(0);
    await ada.close();
  });

  it("shows the product's category in the catalog, and a category too long beside its field", async () => {
    const analyst = await harness.openDashboard();
    await signInAs(analyst, 'analyst');
    const catalogRow = analyst.getByRole('region', { name: 'Catalog' }).locator('tr[data-sku="MUG-1"]');
    await expect
      .poll(() => catalogRow.locator('[data-cell=category]').textContent(), eventually)
      .toBe('Kitchen');

    const form = page.getByRole('form', { name: 'Register a product' });
    await form.locator('input[name=sku]').fill('LONG-1');
    await form.locator('input[name=name]').fill('Long');
    await form.locator('input[name=category]').fill('c'.repeat(61));
    await form.locator('input[name=price]').fill('3');
    await form.getByRole('button', { name: 'Register' }).click();
    const error = form.locator('[data-field-error=category]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/at most 60 characters/);
    expect(await productRow(page, 'LONG-1').count()).toBe(0);

    await form.locator('input[name=category]').fill('');
    await form.getByRole('button', { name: 'Register' }).click();
    await productRow(page, 'LONG-1').waitFor();
    expect(await productRow(page, 'LONG-1').locator('[data-cell=category]').textContent()).toBe(
      'Uncategorized',
    );
    expect(await form.locator('[data-field-error]').count()).toBe(0);
    const longInCatalog = analyst.getByRole('region', { name: 'Catalog' }).locator('tr[data-sku="LONG-1"]');
    await expect
      .poll(() => longInCatalog.locator('[data-cell=category]').textContent(), eventually)
      .toBe('Uncategorized');
    await analyst.close();
  });
});
