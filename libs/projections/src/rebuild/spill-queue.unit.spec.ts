import { salesStatsHistory } from '../schema';
import type { SqlSession } from '../sql-session';
import { describe, expect, it } from 'vitest';
import { SpillQueue } from './spill-queue';

/** A session that records what it is asked to copy, and refuses the copy numbered `failing`. */
function recordingSession(failing?: number): { session: SqlSession; copied: string[] } {
  const copied: string[] = [];
  const session: SqlSession = {
    query: () => Promise.reject(new Error('no queries here')),
    transaction: () => Promise.reject(new Error('no transactions here')),
    async copyIn(table, _columns, data) {
      await Promise.resolve();
      if (copied.length + 1 === failing) throw new Error('disk full');
      copied.push(`${table}: ${tuplesIn(Buffer.concat([...data]))} rows`);
    },
  };
  return { session, copied };
}

/** The rows in COPY's binary format: after the 19-byte header, each a field count and its fields. */
function tuplesIn(data: Buffer): number {
  let at = 19;
  let tuples = 0;
  for (let fields = data.readInt16BE(at); fields !== -1; fields = data.readInt16BE(at)) {
    at += 2;
    for (let field = 0; field < fields; field++) at += 4 + Math.max(0, data.readInt32BE(at));
    tuples++;
  }
  return tuples;
}

const row = (position: number) => ({
  position: BigInt(position),
  recordedAt: '2026-01-01T00:00:00.000Z',
  ordersPlaced: position,
  ordersPaid: 0,
  ordersShipped: 0,
  ordersCancelled: 0,
  revenueCents: 0n,
});

describe('spill queue', () => {
  it('writes each batch in turn, in the order given, while the caller goes on', async () => {
    const { session, copied } = recordingSession();
    const queue = new SpillQueue(session, 'shadow');
    queue.write(salesStatsHistory, [row(1), row(2)]);
    queue.write(salesStatsHistory, [row(3)]);
    expect(copied).toEqual([]);
    await queue.drained();
    expect(copied).toEqual([
      '"shadow"."sales_stats_history": 2 rows',
      '"shadow"."sales_stats_history": 1 rows',
    ]);
  });

  it('answers the first failure when drained, and writes nothing after it', async () => {
    const { session, copied } = recordingSession(2);
    const queue = new SpillQueue(session, 'shadow');
    for (const position of [1, 2, 3]) queue.write(salesStatsHistory, [row(position)]);
    await expect(queue.drained()).rejects.toThrow('disk full');
    expect(copied).toEqual(['"shadow"."sales_stats_history": 1 rows']);
  });
});
