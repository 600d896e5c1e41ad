import { foldSnapshots, type Db } from '@sluice/projections';
import { and, desc, eq } from 'drizzle-orm';
import { reachedIn, type PastPoint } from './past-point';

/** A fold's state after a version of its stream, with where and when that version was recorded. */
export interface FoldSnapshot {
  version: number;
  position: bigint;
  recordedAt: string;
  state: unknown;
}

/** The latest snapshot of `streamId` by the fold `key` at or before `point`. */
export async function snapshotBefore(
  db: Db,
  streamId: string,
  key: string,
  point: PastPoint,
): Promise<FoldSnapshot | undefined> {
  const [row] = await db
    .select()
    .from(foldSnapshots)
    .where(
      and(
        eq(foldSnapshots.streamId, streamId),
        eq(foldSnapshots.fold, key),
        reachedIn(point, foldSnapshots.position, foldSnapshots.recordedAt),
      ),
    )
    .orderBy(desc(foldSnapshots.version))
    .limit(1);
  return row;
}

/** Keeps snapshots a fold passed; one another read kept first is as good, and stays. */
export async function keepSnapshots(
  db: Db,
  streamId: string,
  key: string,
  snapshots: readonly FoldSnapshot[],
): Promise<void> {
  if (snapshots.length === 0) return;
  await db
    .insert(foldSnapshots)
    .values(snapshots.map((snapshot) => ({ streamId, fold: key, ...snapshot })))
    .onConflictDoNothing();
}
