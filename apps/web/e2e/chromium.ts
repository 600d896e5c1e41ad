import { accessSync, constants } from 'node:fs';
import { settleAvailability, type Availability } from '@sluice/testing';
import { chromium, type Browser } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, not a downloaded one: outside CI a missing browser skips the suite. */
export function chromiumAvailability(): Availability {
  let failure: Error | undefined;
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    failure = new Error('not installed: apt-get install chromium');
  }
  return settleAvailability('Chromium', chromiumPath, failure);
}

/** Headless, with a fresh profile that playwright removes on close. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // The sandbox needs privileges a CI container lacks; the background services only try to
    // reach Google, which this machine's network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
