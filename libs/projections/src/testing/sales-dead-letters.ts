import type { EventStore } from '@sluice/event-store';
import { allProjections } from '../all-projections';
import type { AnyProjection } from '../projection';
import { Projector } from '../projector';
import type { SqlSession } from '../sql-session';

/** The projections as deployed with a bug in sales: every payment fails in it. */
export const buggySales: readonly AnyProjection[] = allProjections.map((projection) =>
  projection.name !== 'sales'
    ? projection
    : {
        ...projection,
        run: (load, save, events, cache) =>
          events.some((event) => event.type === 'OrderPaid')
            ? Promise.reject(new Error('a bug in the sales projection'))
            : projection.run(load, save, events, cache),
      },
);

/**
 * Applies the log as the buggy deployment did: each payment in it becomes a dead letter of sales
 * (the other projections apply it). Answers the payments' positions, oldest first.
 */
export async function applyWithBuggySales(session: SqlSession, store: EventStore): Promise<bigint[]> {
  await new Projector(session, store, buggySales, { maxAttempts: 1 }).catchUp();
  const events = await store.readAllAfter(0n, 10_000);
  return events.filter((event) => event.type === 'OrderPaid').map((event) => event.position);
}
