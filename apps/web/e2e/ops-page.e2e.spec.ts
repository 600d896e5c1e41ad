import { randomUUID } from 'node:crypto';
import { createConsoleLogger } from '@sluice/gateway';
import { openInfrastructure } from '@sluice/infrastructure';
import { applyWithBuggySales } from '@sluice/projections/testing/sales-dead-letters';
import { appendDomainEvents, placeOrdersThenPay, productRegisteredEvent } from '@sluice/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailability } from './chromium';
import { startDashboardHarness, type DashboardHarness } from './dashboard-harness';
import { markLoaded, neverReloaded } from './no-reload';
import { signInAs, signOut } from './sign-in';

const chromium = chromiumAvailability();
const eventually = { timeout: 10_000, interval: 50 };

/**
 * A history the system did not make: a product and two paid orders, applied by a deployment
 * whose sales projection failed on every payment. Answers the payments' positions.
 */
async function paymentsSetAside(dataDir: string): Promise<bigint[]> {
  const infrastructure = await openInfrastructure(
    {
      dataDir,
      databaseUrl: undefined,
      amqpUrl: undefined,
      amqpPrefix: 'sluice',
      amqpQueueType: 'classic',
      databasePoolSize: 3,
    },
    createConsoleLogger('ops-e2e', { silent: true }),
  );
  try {
    const { store, projections } = infrastructure;
    const productId = randomUUID();
    await appendDomainEvents(store, [productId, 0, productRegisteredEvent(productId, 10)]);
    await placeOrdersThenPay(store, productId, 1, 2);
    return await applyWithBuggySales(projections.session, store);
  } finally {
    await infrastructure.close();
  }
}

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Pages' });
const salesRow = (page: Page) => page.locator('[data-projection=sales]');
const letterAt = (page: Page, position: bigint) => page.locator(`[data-dead-letter="sales:${position}"]`);

describe.skipIf(!chromium.available)('the ops page in Chromium', () => {
  let harness: DashboardHarness;
  let page: Page;
  let letters: bigint[] = [];

  beforeAll(async () => {
    harness = await startDashboardHarness('dev', {
      beforeStart: async (dataDir) => void (letters = await paymentsSetAside(dataDir)),
    });
    page = await harness.openDashboard();
    await signInAs(page, 'operator');
    await markLoaded(page);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it("shows an operator the relay's and each projection's lag, and sales failing with its dead letters", async () => {
    await navigation(page).getByRole('link', { name: 'Operations' }).click();
    expect(page.url()).toMatch(/#ops$/);
    const relay = page.getByRole('region', { name: 'Relay' });
    await expect
      .poll(() => relay.locator('[data-counter=relay-lag]').getAttribute('data-lag-events'), eventually)
      .toBe('0');
    await expect
      .poll(() => relay.locator('[data-counter=relay-lag] .counter-value').textContent(), eventually)
      .toBe('current');

    await expect.poll(() => salesRow(page).getAttribute('data-state'), eventually).toBe('FAILING');
    expect(await salesRow(page).locator('[data-lag-events]').textContent()).toBe('current');
    expect(await salesRow(page).locator('[data-dead-letters]').textContent()).toBe('2');
    expect(await page.locator('[data-projection=orders]').getAttribute('data-state')).toBe('LIVE');

    const letter = letterAt(page, letters[0]!);
    expect(await letter.locator('.event-type').textContent()).toBe('OrderPaid');
    expect(await letter.locator('.dead-letter-error').textContent()).toContain(
      'a bug in the sales projection',
    );
  });

  it('retries a dead letter after a confirmation: it leaves the list, without a reload', async () => {
    const letter = letterAt(page, letters[0]!);
    await letter.getByRole('button', { name: 'Retry' }).click();
    const confirm = letter.getByRole('group', { name: 'Confirm' });
    expect(await confirm.textContent()).toContain(`Apply the event at ${letters[0]} to sales again`);
    // Cancelled, nothing happens; confirmed, it is retried.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await letter.getByRole('button', { name: 'Retry' }).click();
    await letter.getByRole('button', { name: 'Yes, retry' }).click();

    await expect
      .poll(() => page.getByRole('status').textContent(), eventually)
      .toBe(`Retried: sales applied the event at ${letters[0]}.`);
    await expect.poll(() => letter.count(), eventually).toBe(0);
    expect(await letterAt(page, letters[1]!).count()).toBe(1);
    await expect
      .poll(() => salesRow(page).locator('[data-dead-letters]').textContent(), eventually)
      .toBe('1');
    expect(await neverReloaded(page)).toBe(true);
  });

  it('skips the other after a confirmation: sales is live again with no dead letter waiting', async () => {
    await navigation(page).getByRole('link', { name: 'Operations' }).click();
    const letter = letterAt(page, letters[1]!);
    await letter.getByRole('button', { name: 'Skip' }).click();
    await letter.getByRole('button', { name: 'Yes, skip' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), eventually)
      .toBe(`Skipped: sales goes on without the event at ${letters[1]}.`);
    await expect.poll(() => salesRow(page).getAttribute('data-state'), eventually).toBe('LIVE');
    expect(await page.getByRole('region', { name: 'Dead letters' }).locator('.empty').textContent()).toBe(
      'No dead letters waiting.',
    );
  });

  it('shows neither the page nor its link to an analyst or a customer, even at its address', async () => {
    for (const who of ['analyst', { customer: 'ops-cust' }] as const) {
      await signOut(page);
      await signInAs(page, who);
      expect(page.url()).toMatch(/#ops$/);
      expect(await navigation(page).count()).toBe(0);
      expect(await page.getByRole('main', { name: 'Operations' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Dead letters' }).count()).toBe(0);
    }
  });
});
