import { isTransientDatabaseError, type EventStore, type StoredEvent } from '@sluice/event-store';
import { inArray, lt, sql } from 'drizzle-orm';
import type { AnyProjection, Db } from './projection';
import { projectionCheckpoints, projectionDeadLetters } from './schema';

/** Channel on which every committed batch announces the position now applied. */
export const PROJECTIONS_CHANNEL = 'sluice_projections';

export interface ProjectorOptions {
  /** Events per transaction when catching up from the log. @default 2000 */
  batchSize?: number;
  /** Attempts at one event before it is dead-lettered (transient failures excepted). @default 3 */
  maxAttempts?: number;
  /**
   * Called after each committed batch with the position now applied, and what this projector
   * applied: the events right after `after`, so a follower already there need not read them again.
   */
  onApplied?: (position: bigint, applied?: { after: bigint; events: readonly StoredEvent[] }) => void;
  /** Told of an event set aside after every attempt failed, e.g. to put it on a dead-letter queue. */
  onDeadLetter?: (event: StoredEvent, error: string, attempts: number) => Promise<void>;
}

/** What a delivery came with: the event and its predecessor's position in the log. */
export interface Delivery {
  event: StoredEvent;
  previousPosition: bigint;
}

/**
 * Applies events to every projection exactly once in effect. Each batch runs in one transaction
 * that locks the projections' checkpoint rows, skips what they already applied, updates the read
 * models and moves the checkpoints: a redelivered or older event changes nothing, and several
 * projector processes on one database serialise on the lock instead of applying twice.
 *
 * Failures: a transient one (lost connection, serialization) is thrown, for the bus to deliver
 * again. An event that fails `maxAttempts` times otherwise is recorded as a dead letter with its
 * error and the checkpoints move past it, so the events after it keep flowing.
 */
export class Projector {
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly names: string[];
  /** The lowest applied position as last seen; the checkpoint rows stay the truth. */
  private known: bigint | undefined;

  constructor(
    private readonly db: Db,
    private readonly store: EventStore,
    private readonly projections: readonly AnyProjection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 2000;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.names = projections.map((p) => p.name);
  }

  /** Applied position of every projection (0n for one that never applied anything). */
  async positions(): Promise<Map<string, { position: bigint; updatedAt: Date | null }>> {
    const rows = await this.db
      .select()
      .from(projectionCheckpoints)
      .where(inArray(projectionCheckpoints.name, this.names));
    const byName = new Map(
      rows.map((row) => [row.name, { position: row.position, updatedAt: row.updatedAt }]),
    );
    return new Map(this.names.map((name) => [name, byName.get(name) ?? { position: 0n, updatedAt: null }]));
  }

  /** The lowest applied position: everything up to it is in every read model. */
  async appliedPosition(): Promise<bigint> {
    let lowest: bigint | undefined;
    for (const { position } of (await this.positions()).values()) {
      if (lowest === undefined || position < lowest) lowest = position;
    }
    this.known = lowest ?? 0n;
    return this.known;
  }

  /**
   * Applies a delivered event by applying the log up to at least it: under load one transaction
   * takes every event committed since, and the deliveries behind it are then acknowledged without
   * touching the database. A missed or reordered delivery needs no special case: the log, not the
   * broker, is what gets applied.
   */
  async deliver({ event, previousPosition }: Delivery): Promise<void> {
    const applied = this.known ?? (await this.appliedPosition());
    if (event.position <= applied) return;
    // Idle, each delivery is the one right after what this projector applied: it reads the log
    // from there without asking the checkpoints first (the transaction locks and checks them).
    if (previousPosition === applied) await this.applyFrom(applied, event.position);
    else await this.catchUp(event.position);
  }

  /** Reads the log from the lowest checkpoint and applies it, up to `until` (or the head). */
  async catchUp(until?: bigint): Promise<bigint> {
    return this.applyFrom(await this.appliedPosition(), until);
  }

  private async applyFrom(from: bigint, until: bigint | undefined): Promise<bigint> {
    let position = from;
    while (until === undefined || position < until) {
      const events = await this.store.readAllAfter(position, this.batchSize);
      if (events.length === 0) break;
      await this.applyOrDeadLetter(events);
      position = events.at(-1)!.position;
    }
    return position;
  }

  private async applyOrDeadLetter(events: readonly StoredEvent[]): Promise<void> {
    try {
      await this.applyBatch(events);
      return;
    } catch (error) {
      if (isTransientDatabaseError(error)) throw error;
      if (events.length > 1) {
        // Find the culprit: the others still apply, in order.
        for (const event of events) await this.applyOrDeadLetter([event]);
        return;
      }
    }
    const event = events[0]!;
    let lastError: unknown;
    for (let attempt = 2; attempt <= this.maxAttempts; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt));
      try {
        await this.applyBatch(events);
        return;
      } catch (error) {
        if (isTransientDatabaseError(error)) throw error;
        lastError = error;
      }
    }
    await this.deadLetter(event, describe(lastError), this.maxAttempts);
  }

  private async applyBatch(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    const last = events.at(-1)!.position;
    let after = 0n;
    await this.db.transaction(async (tx) => {
      const applied = await this.lockCheckpoints(tx);
      after = [...applied.values()].reduce((lowest, p) => (p < lowest ? p : lowest), last);
      for (const projection of this.projections) {
        const from = applied.get(projection.name) ?? 0n;
        const fresh = events.filter((event) => event.position > from);
        if (fresh.length === 0) continue;
        await projection.run(tx, fresh);
      }
      await this.moveCheckpoints(tx, last);
    });
    this.advanced(last, { after, events: events.filter((event) => event.position > after) });
  }

  private async deadLetter(event: StoredEvent, error: string, attempts: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.lockCheckpoints(tx);
      await tx
        .insert(projectionDeadLetters)
        .values({ position: event.position, eventId: event.eventId, type: event.type, error, attempts })
        .onConflictDoNothing();
      await this.moveCheckpoints(tx, event.position);
    });
    this.advanced(event.position);
    await this.options.onDeadLetter?.(event, error, attempts);
  }

  /** Locks every checkpoint row, creating the missing ones first: projectors on one database take turns. */
  private async lockCheckpoints(tx: Db): Promise<Map<string, bigint>> {
    const lock = () =>
      tx
        .select()
        .from(projectionCheckpoints)
        .where(inArray(projectionCheckpoints.name, this.names))
        .for('update');
    let rows = await lock();
    if (rows.length < this.names.length) {
      await tx
        .insert(projectionCheckpoints)
        .values(this.names.map((name) => ({ name, position: 0n })))
        .onConflictDoNothing();
      rows = await lock();
    }
    return new Map(rows.map((row) => [row.name, row.position]));
  }

  private async moveCheckpoints(tx: Db, position: bigint): Promise<void> {
    await tx
      .update(projectionCheckpoints)
      .set({ position, updatedAt: sql`now()` })
      .where(
        sql`${inArray(projectionCheckpoints.name, this.names)} and ${lt(projectionCheckpoints.position, position)}`,
      );
    // Delivered on commit to every read gateway listening: their atLeast waits and subscriptions.
    await tx.execute(sql`select pg_notify(${PROJECTIONS_CHANNEL}, ${position.toString()})`);
  }

  private advanced(position: bigint, applied?: { after: bigint; events: readonly StoredEvent[] }): void {
    if (this.known === undefined || position > this.known) this.known = position;
    this.options.onApplied?.(position, applied);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}${causeOf(error)}` : String(error);
}

function causeOf(error: Error): string {
  return error.cause instanceof Error ? ` (${error.cause.message})` : '';
}
