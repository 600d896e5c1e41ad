import { inArray } from 'drizzle-orm';
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
  return names.map((name) => byName.get(name) ?? { name, position: 0n, updatedAt: null });
}
