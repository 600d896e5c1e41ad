import { storedTestEvent } from '@sluice/testing';
import { describe, expect, it } from 'vitest';
import { ArrivalBatches } from './arrival-batches';
import type { EventEnvelope } from './event-bus';

const envelope = (position: number): EventEnvelope => ({
  event: storedTestEvent(BigInt(position)),
  previousPosition: BigInt(position - 1),
});
const positions = (envelopes: readonly EventEnvelope[]) =>
  envelopes.map(({ event }) => Number(event.position));

/** A handler whose calls wait until the test lets them go. */
function heldHandler() {
  const calls: Array<{ positions: number[]; release: () => void; fail: (error: Error) => void }> = [];
  const handler = (envelopes: readonly EventEnvelope[]) =>
    new Promise<void>((release, fail) => calls.push({ positions: positions(envelopes), release, fail }));
  return { calls, handler };
}

describe('ArrivalBatches', () => {
  it('hands on together what arrived together, and what arrived during a batch as the next', async () => {
    const { calls, handler } = heldHandler();
    const batches = new ArrivalBatches(handler, 100);
    const first = [1, 2, 3].map((n) => batches.add(envelope(n)));
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.positions).toEqual([1, 2, 3]);

    const second = [4, 5].map((n) => batches.add(envelope(n)));
    calls[0]!.release();
    await Promise.all(first);
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]!.positions).toEqual([4, 5]);
    calls[1]!.release();
    await Promise.all(second);
  });

  it('hands on at most maxBatch at once, in arrival order', async () => {
    const handed: number[][] = [];
    const batches = new ArrivalBatches((envelopes) => {
      handed.push(positions(envelopes));
      return Promise.resolve();
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => batches.add(envelope(n))));
    expect(handed).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('rejects a failed batch and what arrived behind it, then goes on with what comes next', async () => {
    const { calls, handler } = heldHandler();
    const batches = new ArrivalBatches(handler, 100);
    const failed = [1, 2].map((n) => batches.add(envelope(n)));
    await expect.poll(() => calls.length).toBe(1);
    const behind = batches.add(envelope(3));
    calls[0]!.fail(new Error('database away'));
    for (const settled of await Promise.allSettled([...failed, behind]))
      expect(settled).toMatchObject({ status: 'rejected', reason: new Error('database away') });
    expect(calls).toHaveLength(1);

    const again = batches.add(envelope(1));
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]!.positions).toEqual([1]);
    calls[1]!.release();
    await again;
  });
});
