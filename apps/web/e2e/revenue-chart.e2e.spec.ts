import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Accepted } from '@sluice/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailability } from './chromium';
import { startDashboardHarness, type DashboardHarness } from './dashboard-harness';
import { signInAs } from './sign-in';
import { markLoaded, neverReloaded } from './no-reload';

const chromium = chromiumAvailability();
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const eventually = { timeout: 10_000, interval: 50 };

const chart = (page: Page) => page.getByTestId('revenue-chart');
const total = (page: Page) => page.getByTestId('revenue-total').textContent();
/** The chart's buckets as its table reads them to a screen reader: start → revenue in cents. */
const bucketsShown = async (page: Page) =>
  new Map(
    await chart(page)
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.getAttribute('data-bucket-start')!,
          BigInt(row.getAttribute('data-revenue')!),
        ]),
      ),
  );

/** The buckets whose revenue moved between two readings, by how much (a bucket new to the range counts from 0). */
function moved(before: Map<string, bigint>, after: Map<string, bigint>) {
  return [...after]
    .map(([start, revenue]) => [start, revenue - (before.get(start) ?? 0n)] as const)
    .filter(([, change]) => change !== 0n);
}

async function waitForRange(page: Page, size: 'HOUR' | 'DAY', buckets: number) {
  await expect.poll(() => chart(page).getAttribute('data-size'), eventually).toBe(size);
  await expect.poll(() => chart(page).getAttribute('aria-busy'), eventually).toBe('false');
  expect(await chart(page).locator('tbody tr').count()).toBe(buckets);
  expect(await chart(page).locator('svg g[data-bucket-start]').count()).toBe(buckets);
}

describe.skipIf(!chromium.available)('the revenue chart in Chromium', () => {
  let harness: DashboardHarness;
  let page: Page;
  let mug: Accepted;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    harness = await startDashboardHarness();
    mug = await harness.write.registerProduct({
      sku: 'MUG-1',
      name: 'Mug',
      priceCents: 1200,
      initialStock: 20,
    });
    page = await harness.openDashboard();
    await signInAs(page, 'operator');
    // Survives only if the page never reloads: the chart must follow payments live.
    await markLoaded(page);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it("charts an operator's revenue per hour, and a payment grows its hour's bar without a reload", async () => {
    await waitForRange(page, 'HOUR', 48);
    expect(await total(page)).toBe('$0.00');
    expect(await chart(page).getByRole('img', { name: 'Revenue per hour' }).count()).toBe(1);
    expect(await chart(page).locator('svg').textContent()).toContain('Hour (UTC)');
    const before = await bucketsShown(page);

    const placed = await harness.write.placeOrder('ada', [{ productId: mug.id, quantity: 2 }]);
    const order = page.locator(`li.order[data-order-id="${placed.id}"]`);
    await order.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => total(page), eventually).toBe('$24.00');

    const after = await bucketsShown(page);
    const changes = moved(before, after);
    expect(changes.map(([, change]) => change)).toEqual([2400n]);
    // The current hour, unless the clock passed an hour between the two readings.
    expect([...after.keys()].slice(-2)).toContain(changes[0]![0]);
    const bar = chart(page).locator(`svg g[data-bucket-start="${changes[0]![0]}"]`);
    expect(await bar.locator('title').textContent()).toMatch(/UTC: \$24\.00, 1 paid$/);
    expect(await neverReloaded(page)).toBe(true);
    await page.screenshot({ path: `${artifacts}revenue-chart.png`, fullPage: true });
  });

  it('switches to the last 30 days by the day, and back', async () => {
    await page.getByRole('radio', { name: 'Last 30 days' }).check();
    await waitForRange(page, 'DAY', 30);
    expect(await total(page)).toBe('$24.00');
    expect(await chart(page).getByRole('img', { name: 'Revenue per day' }).count()).toBe(1);
    expect(await chart(page).locator('svg').textContent()).toContain('Day (UTC)');
    expect([...(await bucketsShown(page)).values()].filter((revenue) => revenue !== 0n)).toEqual([2400n]);

    await page.getByRole('radio', { name: 'Last 48 hours' }).check();
    await waitForRange(page, 'HOUR', 48);
    expect(await total(page)).toBe('$24.00');
  });

  it('shows an analyst the chart, following payments made elsewhere', async () => {
    const analyst = await harness.openDashboard();
    await signInAs(analyst, 'analyst');
    await waitForRange(analyst, 'HOUR', 48);
    expect(await total(analyst)).toBe('$24.00');

    const placed = await harness.write.placeOrder('bob', [{ productId: mug.id, quantity: 1 }]);
    await harness.write.send('payOrder', { orderId: placed.id, amountCents: 1200 });
    await expect.poll(() => total(analyst), eventually).toBe('$36.00');
    await expect.poll(() => total(page), eventually).toBe('$36.00');
    await analyst.close();
  });

  it('shows a customer no revenue chart, and no sales figures at all', async () => {
    const ada = await harness.openDashboard();
    await signInAs(ada, { customer: 'ada' });
    await ada.getByRole('region', { name: 'Catalog' }).locator('tr[data-sku="MUG-1"]').waitFor();
    await ada.getByRole('region', { name: 'Your orders' }).locator('li.order').first().waitFor();
    expect(await chart(ada).count()).toBe(0);
    expect(await ada.getByRole('region', { name: 'Sales', exact: true }).count()).toBe(0);
    expect(await ada.getByRole('alert').count()).toBe(0);
    await ada.close();
  });
});
