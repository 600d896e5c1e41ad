import { storedTestEvent } from '@sluice/testing';
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from './event-bus';
import { InProcessBus } from './in-process-bus';

function envelope(position: bigint): EventEnvelope {
  return { event: storedTestEvent(position), previousPosition: position - 1n };
}

const positions = (batch: readonly EventEnvelope[]) => batch.map(({ event }) => event.position);

describe('the in-process bus', () => {
  it('hands over what is queued as one batch, in publish order, at most 500 at a time', async () => {
    const bus = new InProcessBus();
    const batches: bigint[][] = [];
    await bus.publish([envelope(1n), envelope(2n)]);
    await bus.publish([envelope(3n)]);
    await bus.consume((batch) => {
      batches.push(positions(batch));
      return Promise.resolve();
    });
    await bus.idle();
    expect(batches).toEqual([[1n, 2n, 3n]]);

    await bus.publish(Array.from({ length: 1200 }, (_, i) => envelope(BigInt(i + 4))));
    await bus.idle();
    expect(batches.slice(1).map((batch) => batch.length)).toEqual([500, 500, 200]);
    expect(batches.flat()).toEqual(Array.from({ length: 1203 }, (_, i) => BigInt(i + 1)));
    await bus.close();
  });

  it("runs its handlers after the publisher's own continuation, which answers its client first", async () => {
    const bus = new InProcessBus();
    const order: string[] = [];
    await bus.consume(() => {
      order.push('handled');
      return Promise.resolve();
    });
    const publisher = (async () => {
      await bus.publish([envelope(1n)]);
      // A continuation of several steps, as a response written after the command's append.
      for (let step = 0; step < 20; step++) await Promise.resolve();
      order.push('answered');
    })();
    await publisher;
    await bus.idle();
    expect(order).toEqual(['answered', 'handled']);
    await bus.close();
  });

  it('hands a batch whose handler threw over again, with what came meanwhile, and drops nothing', async () => {
    const errors: unknown[] = [];
    const bus = new InProcessBus({ retryDelayMs: 10, onError: (error) => errors.push(error) });
    const batches: bigint[][] = [];
    await bus.consume(async (batch) => {
      batches.push(positions(batch));
      if (batches.length === 1) {
        await bus.publish([envelope(3n)]);
        throw new Error('database away');
      }
    });
    await bus.publish([envelope(1n), envelope(2n)]);
    await bus.idle();
    expect(batches).toEqual([
      [1n, 2n],
      [1n, 2n, 3n],
    ]);
    expect(errors).toHaveLength(1);
    await bus.close();
  });
});
