import { inArray } from 'drizzle-orm';
import { waitingCounts } from './dead-letter-operations';
import type { Db } from './projection';
import { projectionCheckpoints } from './schema';

export type Checkpoint = typeof projectionCheckpoints.$inferSelect;

/** The checkpoint of each named projection, position 0 for one that has applied nothing yet. */
export async function checkpointsOf(db: Db, names: readonly string[]): Promise<Checkpoint[]> {
  const rows = await db
    .select()
    .from(projectionCheckpoints)
    .where(inArray(projectionCheckpoints.name, [...names]));
  const byName = new Map(rows.map((row) => [row.name, row]));
  return names.map((name) => byName.get(name) ?? { name, position: 0n, updatedAt: null, generation: 1 });
}

/** A projection's checkpoint and how many of its dead letters wait for an operator. */
export type ProjectionStatus = Checkpoint & { waiting: number };

/** The status of each named projection: two queries, whatever their number. */
export async function projectionStatuses(db: Db, names: readonly string[]): Promise<ProjectionStatus[]> {
  const [checkpoints, waiting] = await Promise.all([checkpointsOf(db, names), waitingCounts(db, names)]);
  return checkpoints.map((checkpoint) => ({ ...checkpoint, waiting: waiting.get(checkpoint.name) ?? 0 }));
}
