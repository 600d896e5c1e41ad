import type { EventStore } from '@sluice/event-store';

/**
 * Waits until the log can be read up to `position`. A committed event stays unreadable while an
 * older transaction anywhere on the server is still open (see read-all-after.ts), and suites run
 * in parallel on one server: a test that writes and then reads the log waits here first.
 */
export async function untilReadable(store: EventStore, position: bigint, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [event] = await store.readAllAfter(position - 1n, 1);
    if (event && event.position >= position) return;
    if (Date.now() > deadline) throw new Error(`the log was still not readable up to ${position}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
