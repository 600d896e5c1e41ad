import { randomUUID } from 'node:crypto';
import { testAuthSecret } from '@sluice/testing';
import { modes, startSystemIn } from '../../../system/src/test-support/system-modes';

export interface RunningShop {
  writeUrl: string;
  readUrl: string;
  stop(): Promise<void>;
}

/** The whole system on the embedded default, in a data folder of its own, signing with the tests' secret. */
export async function startShop(): Promise<RunningShop> {
  const started = await startSystemIn(modes[0]!, { AUTH_SECRET: testAuthSecret });
  return {
    writeUrl: started.system.writeUrl,
    readUrl: started.system.readUrl,
    stop: () => started.cleanup(),
  };
}

/** A SKU no other test uses. */
export function uniqueSku(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
}

/** Waits until the condition holds (checked every 10 ms), or fails saying what it waited for. */
export async function until(what: string, condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Waits until a subscription has taken effect: a subscription starts live, so a change made before
 * the server registered it is never pushed. Pokes with a change until something arrives.
 */
export async function untilLive(received: () => number, poke: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (received() === 0) {
    if (Date.now() > deadline) throw new Error('the subscription never received anything');
    await poke();
    const waitUntil = Date.now() + 200;
    while (received() === 0 && Date.now() < waitUntil)
      await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The URL a fetch was called with. */
export function urlOf(input: string | URL | Request): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}
