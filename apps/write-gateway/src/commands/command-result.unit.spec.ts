import type { StreamAppend } from '@sluice/event-store';
import { describe, expect, it } from 'vitest';
import {
  fromStoredResult,
  storedStreams,
  toStoredResult,
  type CommandAccepted,
  type StoredResult,
} from './command-result';

function append(streamId: string, expectedVersion: number, events: number): StreamAppend {
  return {
    streamId,
    expectedVersion,
    events: Array.from({ length: events }, (_, i) => ({
      eventId: `${streamId}-${i}`,
      type: 'Test',
      data: {},
      metadata: {},
    })),
  };
}

describe('a command result kept with its record', () => {
  // An order of two lines: OrderPlaced, then a StockReserved on each product, in one append.
  const appends = [append('order-1', 0, 1), append('product-1', 4, 1), append('product-2', 9, 1)];
  const pending: StoredResult = {
    kind: 'CommandAccepted',
    id: 'order-1',
    version: 1,
    events: ['OrderPlaced', 'StockReserved', 'StockReserved'],
    streams: storedStreams(appends),
  };

  it('keeps each stream by how many of the command’s events follow its last one', () => {
    expect(storedStreams([append('a', 0, 2), append('b', 3, 1), append('c', 0, 3)])).toEqual([
      { streamId: 'a', version: 2, eventsAfter: 4 },
      { streamId: 'b', version: 4, eventsAfter: 3 },
      { streamId: 'c', version: 3, eventsAfter: 0 },
    ]);
  });

  it('answers each stream’s position from the command’s last position (an append’s are consecutive)', () => {
    const result = fromStoredResult(pending, 1_000_002n) as CommandAccepted;
    expect(result).toEqual({
      kind: 'CommandAccepted',
      id: 'order-1',
      version: 1,
      position: 1_000_002n,
      events: ['OrderPlaced', 'StockReserved', 'StockReserved'],
      streams: [
        { streamId: 'order-1', version: 1, position: 1_000_000n },
        { streamId: 'product-1', version: 5, position: 1_000_001n },
        { streamId: 'product-2', version: 10, position: 1_000_002n },
      ],
    });
  });

  it('survives the trip through JSON and back unchanged', () => {
    const result = fromStoredResult(pending, 2n ** 60n + 7n);
    const kept = JSON.parse(JSON.stringify(toStoredResult(result))) as StoredResult;
    expect(fromStoredResult(kept, null)).toEqual(result);
    expect(fromStoredResult(kept, 2n ** 60n + 7n)).toEqual(result);
  });

  it('answers no streams for a record kept before they were', () => {
    const old: StoredResult = { kind: 'CommandAccepted', id: 'p', version: 3, events: ['ProductRestocked'] };
    expect(fromStoredResult(old, 42n)).toEqual({
      kind: 'CommandAccepted',
      id: 'p',
      version: 3,
      position: 42n,
      events: ['ProductRestocked'],
      streams: [],
    });
  });

  it('keeps a command that changed nothing with the position it was decided at', () => {
    const unchanged: CommandAccepted = {
      kind: 'CommandAccepted',
      id: 'p',
      version: 2,
      position: 17n,
      events: [],
      streams: [],
    };
    expect(toStoredResult(unchanged)).toEqual({ ...unchanged, position: '17' });
    expect(fromStoredResult(toStoredResult(unchanged), null)).toEqual(unchanged);
  });
});
