import type { EventStore } from '@sluice/event-store';
import type { Db } from '@sluice/projections';
import { snapshotKey, type EntityFold } from './entity-fold';
import { keepSnapshots, snapshotBefore, type FoldSnapshot } from './fold-snapshots';
import type { PastPoint } from './past-point';
import { streamUntil } from './stream-until';

/** Every how many versions of a stream a fold keeps a snapshot. */
export const SNAPSHOT_EVERY = 100;

export interface FoldUntilOptions {
  /** Without: every fold starts at the stream's first event (the plain path). */
  snapshots?: { every: number } | false;
}

/**
 * A stream folded up to `point`. With snapshots, it starts from the nearest snapshot before the
 * point and keeps one every `every` versions it folds past, so that a long stream is folded in
 * full once, and later only from its last snapshot. A snapshot holds a prefix of an append-only
 * stream, folded by this fold's version: it never goes stale.
 */
export async function foldUntil<Held>(
  context: { store: Pick<EventStore, 'readStreamPage'>; db: Db },
  fold: EntityFold<Held>,
  streamId: string,
  point: PastPoint,
  options: FoldUntilOptions = {},
): Promise<Held> {
  const every = options.snapshots === false ? undefined : (options.snapshots?.every ?? SNAPSHOT_EVERY);
  const key = snapshotKey(fold);
  const from = every === undefined ? undefined : await snapshotBefore(context.db, streamId, key, point);
  let held = from ? (from.state as Held) : fold.initial();
  const passed: FoldSnapshot[] = [];
  for (const event of await streamUntil(context.store, streamId, point, from?.version ?? 0)) {
    held = fold.step(held, event);
    if (every !== undefined && event.version % every === 0)
      passed.push({
        version: event.version,
        position: event.position,
        recordedAt: event.occurredAt.toISOString(),
        state: held,
      });
  }
  await keepSnapshots(context.db, streamId, key, passed);
  return held;
}
