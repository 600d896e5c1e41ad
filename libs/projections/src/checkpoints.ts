import { sqlState } from '@sluice/event-store';
import { and, inArray, ne } from 'drizzle-orm';
import { bigint, pgSchema, text } from 'drizzle-orm/pg-core';
import { waitingCounts } from './dead-letter-operations';
import type { Db } from './projection';
import { rebuildProgressTable } from './rebuild/rebuild-progress-record';
import { SHADOW_SCHEMA } from './rebuild/shadow-tables';
import { projectionCheckpoints, projectionGenerations } from './schema';

export type Checkpoint = typeof projectionCheckpoints.$inferSelect;
export type GenerationRow = typeof projectionGenerations.$inferSelect;

/** A rebuild's own checkpoints, beside the tables it builds. */
const shadowCheckpoints = pgSchema(SHADOW_SCHEMA).table('projection_checkpoints', {
  name: text('name').notNull(),
  position: bigint('position', { mode: 'bigint' }).notNull(),
});

/** The shadow schema is missing (no rebuild under way) or going (one switching). */
const NO_SHADOW = new Set(['42P01', '3F000']);

/** The checkpoint of each named projection, position 0 for one that has applied nothing yet. */
export async function checkpointsOf(db: Db, names: readonly string[]): Promise<Checkpoint[]> {
  const rows = await db
    .select()
    .from(projectionCheckpoints)
    .where(inArray(projectionCheckpoints.name, [...names]));
  const byName = new Map(rows.map((row) => [row.name, row]));
  return names.map((name) => byName.get(name) ?? { name, position: 0n, updatedAt: null, generation: 1 });
}

/**
 * A projection's checkpoint, how many of its dead letters wait for an operator, the generation
 * serving it (unrecorded until its first start with generations), and the one being rebuilt
 * beside it, with the position that one has applied.
 */
export type ProjectionStatus = Checkpoint & {
  waiting: number;
  live: GenerationRow | undefined;
  building: (GenerationRow & { position: bigint; progress: RecordedProgress | undefined }) | undefined;
};

/** Where a rebuild stands, as its process last recorded it (about once a second). */
export type RecordedProgress = typeof rebuildProgressTable.$inferSelect;

/** The status of each named projection: three queries whatever their number, four during a rebuild. */
export async function projectionStatuses(db: Db, names: readonly string[]): Promise<ProjectionStatus[]> {
  const [checkpoints, waiting, generations] = await Promise.all([
    checkpointsOf(db, names),
    waitingCounts(db, names),
    db
      .select()
      .from(projectionGenerations)
      .where(
        and(
          inArray(projectionGenerations.projection, [...names]),
          ne(projectionGenerations.state, 'retired'),
        ),
      ),
  ]);
  // The shadow schema is read only while a generation is being built in it.
  const rebuilding = generations.some(({ state }) => state === 'building');
  const [rebuilt, progress] = rebuilding
    ? await Promise.all([rebuildPositions(db), recordedProgress(db)])
    : [new Map<string, bigint>(), undefined];
  return checkpoints.map((checkpoint) => {
    const own = generations.filter((generation) => generation.projection === checkpoint.name);
    const building = own.find((generation) => generation.state === 'building');
    return {
      ...checkpoint,
      waiting: waiting.get(checkpoint.name) ?? 0,
      live: own.find((generation) => generation.state === 'live'),
      building: building && {
        ...building,
        // Applied in memory first, the recorded position runs ahead of the written one.
        position: maxOf(rebuilt.get(checkpoint.name) ?? 0n, progress?.position ?? 0n),
        progress,
      },
    };
  });
}

const maxOf = (a: bigint, b: bigint) => (a > b ? a : b);

/** The one rebuild's progress (it rebuilds its projections together), if it recorded any yet. */
async function recordedProgress(db: Db): Promise<RecordedProgress | undefined> {
  try {
    const [row] = await db.select().from(rebuildProgressTable).limit(1);
    return row;
  } catch (error) {
    if (NO_SHADOW.has(sqlState(error) ?? '')) return undefined;
    throw error;
  }
}

async function rebuildPositions(db: Db): Promise<Map<string, bigint>> {
  try {
    const rows = await db.select().from(shadowCheckpoints);
    return new Map(rows.map((row) => [row.name, row.position]));
  } catch (error) {
    if (NO_SHADOW.has(sqlState(error) ?? '')) return new Map();
    throw error;
  }
}
