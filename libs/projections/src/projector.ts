import type { EventStore, StoredEvent } from '@sluice/event-store';
import { inArray, sql } from 'drizzle-orm';
import type { AnyProjection, Db } from './projection';
import { projectionCheckpoints } from './schema';

export interface ProjectorOptions {
  /** Events per transaction when catching up from the log. @default 2000 */
  batchSize?: number;
  /** Called after each committed batch with the position now applied. */
  onApplied?: (position: bigint) => void;
}

/**
 * Applies events to every projection exactly once in effect. Each batch runs in one transaction
 * that locks the projections' checkpoint rows, skips what they already applied, updates the read
 * models and moves the checkpoints: a redelivered or older event changes nothing, and several
 * projector processes on one database serialise on the lock instead of applying twice.
 */
export class Projector {
  private readonly batchSize: number;

  constructor(
    private readonly db: Db,
    private readonly store: EventStore,
    private readonly projections: readonly AnyProjection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 2000;
  }

  /** Applied position of every projection (0n for one that never applied anything). */
  async positions(): Promise<Map<string, { position: bigint; updatedAt: Date | null }>> {
    const rows = await this.db
      .select()
      .from(projectionCheckpoints)
      .where(
        inArray(
          projectionCheckpoints.name,
          this.projections.map((p) => p.name),
        ),
      );
    const byName = new Map(
      rows.map((row) => [row.name, { position: row.position, updatedAt: row.updatedAt }]),
    );
    return new Map(
      this.projections.map((p) => [p.name, byName.get(p.name) ?? { position: 0n, updatedAt: null }]),
    );
  }

  /** The lowest applied position: everything up to it is in every read model. */
  async appliedPosition(): Promise<bigint> {
    let lowest: bigint | undefined;
    for (const { position } of (await this.positions()).values())
      if (lowest === undefined || position < lowest) lowest = position;
    return lowest ?? 0n;
  }

  /**
   * Applies one delivered event. When the event's predecessor in the log is past what was
   * applied, a delivery was missed or reordered: the log, not the broker, fills the gap.
   */
  async deliver(event: StoredEvent, previousPosition: bigint): Promise<void> {
    const applied = await this.appliedPosition();
    if (event.position <= applied) return;
    if (previousPosition > applied) {
      await this.catchUp(event.position);
      return;
    }
    await this.applyBatch([event]);
  }

  /** Reads the log from the lowest checkpoint and applies it, until `until` (or the head). */
  async catchUp(until?: bigint): Promise<bigint> {
    let position = await this.appliedPosition();
    for (;;) {
      const events = await this.store.readAllAfter(position, this.batchSize);
      if (events.length === 0) return position;
      await this.applyBatch(events);
      position = events[events.length - 1]!.position;
      if (until !== undefined && position >= until) return position;
    }
  }

  async applyBatch(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    const last = events[events.length - 1]!.position;
    await this.db.transaction(async (tx) => {
      const names = this.projections.map((p) => p.name);
      await tx
        .insert(projectionCheckpoints)
        .values(names.map((name) => ({ name, position: 0n })))
        .onConflictDoNothing();
      const rows = await tx
        .select()
        .from(projectionCheckpoints)
        .where(inArray(projectionCheckpoints.name, names))
        .for('update');
      const applied = new Map(rows.map((row) => [row.name, row.position]));
      for (const projection of this.projections) {
        const from = applied.get(projection.name) ?? 0n;
        const fresh = events.filter((event) => event.position > from);
        if (fresh.length === 0) continue;
        await projection.run(tx, fresh);
        await tx
          .update(projectionCheckpoints)
          .set({ position: last, updatedAt: sql`now()` })
          .where(sql`${projectionCheckpoints.name} = ${projection.name}`);
      }
    });
    this.options.onApplied?.(last);
  }
}
