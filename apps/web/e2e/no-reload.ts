import type { Page } from 'playwright-core';

/** Marks the page, so that `neverReloaded` can tell later whether it was loaded again (a reload drops the mark). */
export async function markLoaded(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
}

/** Whether the page marked by `markLoaded` is still the one loaded then. */
export function neverReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => 'loadedOnce' in window);
}
