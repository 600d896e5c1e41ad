import {
  isTransientDatabaseError,
  sqlState,
  type EventStore,
  type RawQuery,
  type StoredEvent,
} from '@sluice/event-store';
import { context as contexts, SpanKind, type Tracer } from '@opentelemetry/api';
import { inBatchSpan, SLUICE_EVENT_COUNT, SLUICE_LAST_POSITION, SLUICE_POSITION } from '@sluice/tracing';
import { describeError } from './describe-error';
import { heldProducts } from './held-products';
import { logPages } from './log-pages';
import type { AnyProjection, WrittenRows } from './projection';
import { RowCache } from './row-cache';
import { inStepFunction } from './in-step-function';
import type { Alone, SqlSession } from './sql-session';

/** Channel on which every committed batch announces the position now applied. */
export const PROJECTIONS_CHANNEL = 'sluice_projections';

// The checkpoint statements, each on every event's way to subscribers. $1 is the projections'
// names as one JSON array; positions travel as text (int8 beyond what a JS number holds).
const OURS = 'name in (select jsonb_array_elements_text($1::text::jsonb))';
const POSITIONS = `select name, position::text as position, generation,
  (extract(epoch from updated_at) * 1000)::float8 as updated_ms from projection_checkpoints where ${OURS}`;
const LOCK = `select name, position::text as position, generation from projection_checkpoints where ${OURS} for update`;
const CREATE_MISSING = `insert into projection_checkpoints (name, position)
  select jsonb_array_elements_text($1::text::jsonb), 0 on conflict do nothing`;
// Delivered on commit to every read gateway listening (their atLeast waits and subscriptions);
// PostgreSQL sends identical notifications of one transaction once.
const MOVE = `update projection_checkpoints set position = $2::text::bigint, updated_at = now()
  where ${OURS} and position < $2::text::bigint
  returning pg_notify($3::text, $2::text)`;
// Raised by the in-step function unless every checkpoint is at `from`, each of the generation
// named for it (see the migrations): then it wrote nothing.
const NOT_IN_STEP = 'SLNIS';
const DEAD_LETTER = `insert into projection_dead_letters (projection, position, event_id, type, error, attempts)
  values ($1::text, $2::text::bigint, $3::text, $4::text, $5::text, $6::text::integer) on conflict do nothing`;

export interface ProjectorOptions {
  /** Events per transaction when catching up from the log. @default 2000 */
  batchSize?: number;
  /** Attempts at one event before it is dead-lettered (transient failures excepted). @default 3 */
  maxAttempts?: number;
  /** Called after each committed batch with the position now applied, and what this projector applied. */
  onApplied?: (position: bigint, applied?: AppliedBatch) => void;
  /**
   * The newest position this process has heard was appended (commit notifications). A delivery
   * marked as the newest when it was published may have been overtaken by the time it arrives:
   * then the log is read, to take what came since in the same transaction.
   */
  newestAppended?: () => bigint;
  /**
   * Told of an event a projection set aside after every attempt failed (the others applied it),
   * e.g. to put it on a dead-letter queue; `error` names the projection.
   */
  onDeadLetter?: (event: StoredEvent, error: string, attempts: number) => Promise<void>;
  /** Where each commit announces the position applied. @default PROJECTIONS_CHANNEL */
  channel?: string;
  /**
   * Whether the short path may be taken (see applyInStep). Off, every batch takes the plain path:
   * lock, apply, advance, in one transaction. A differential test holds the two to the same
   * rows, pushes and checkpoints. @default true
   */
  shortPath?: boolean;
  /**
   * Traces each batch applied as a span, the delivery's child (see applyTraced); none when
   * tracing is off.
   */
  tracer?: Tracer;
}

/** What a delivery came with: the event, its predecessor's position in the log, and whether it was the newest. */
export interface Delivery {
  event: StoredEvent;
  previousPosition: bigint;
  atHead?: boolean;
}

/**
 * What one committed transaction applied: the events right after `after`, so a follower already
 * there need not read them again, and, when every projection applied all of them, the rows the
 * read models wrote for subscribers (so they need not be read back either).
 */
export interface AppliedBatch {
  after: bigint;
  events: readonly StoredEvent[];
  rows?: Partial<WrittenRows>;
}

/** Rolls back a batch that starts past a checkpoint: the events between would be skipped. */
const behindBatch = new Error('a checkpoint is behind the batch');

/**
 * Applies events to every projection exactly once in effect. Each batch runs in one transaction
 * that locks the projections' checkpoint rows, skips what they already applied, updates the read
 * models and moves the checkpoints: a redelivered or older event changes nothing, and several
 * projector processes on one database serialise on the lock instead of applying twice.
 *
 * Failures: a transient one (lost connection, serialization) is thrown, for the bus to deliver
 * again. An event that fails `maxAttempts` times otherwise is tried once more by each projection
 * on its own: those it fails in record it as their dead letter, with the error, the others apply
 * it, and the checkpoints move past it. One projection's bad event stops no other's view, and
 * the events after it keep flowing.
 */
export class Projector {
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly names: string[];
  private readonly namesJson: string;
  private readonly channel: string;
  /** Off when asked, or once a projection wrote a statement the in-step function does not hold. */
  private shortPath: boolean;
  /**
   * The generation of each projection's tables as last seen, as the JSON the short path checks:
   * a switch to a rebuilt generation makes what the cache holds stale.
   */
  private generations = '{}';
  /** The lowest applied position as last seen; the checkpoint rows stay the truth. */
  private known: bigint | undefined;
  /** Whether every checkpoint was at `known` when last seen: the common case, with a short path. */
  private inStep = false;
  /** What the short path committed, while it alone moved the checkpoints (see applyInStep). */
  private readonly cache = new RowCache();

  constructor(
    private readonly session: SqlSession,
    private readonly store: EventStore,
    private readonly projections: readonly AnyProjection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 2000;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.names = projections.map((p) => p.name);
    this.namesJson = JSON.stringify(this.names);
    this.channel = options.channel ?? PROJECTIONS_CHANNEL;
    this.shortPath = options.shortPath ?? true;
  }

  /** Applied position of every projection (0n for one that never applied anything). */
  async positions(): Promise<Map<string, { position: bigint; updatedAt: Date | null }>> {
    const rows = await this.session.query(POSITIONS, [this.namesJson]);
    this.generations = generationsOf(this.names, rows);
    const byName = new Map(
      rows.map((row) => [
        String(row.name),
        {
          position: BigInt(String(row.position)),
          updatedAt: row.updated_ms === null ? null : new Date(Number(row.updated_ms)),
        },
      ]),
    );
    return new Map(this.names.map((name) => [name, byName.get(name) ?? { position: 0n, updatedAt: null }]));
  }

  /** The lowest applied position: everything up to it is in every read model. */
  async appliedPosition(): Promise<bigint> {
    // Read from the checkpoints, the position may be another projector's: so may the rows.
    this.cache.clear();
    const positions = [...(await this.positions()).values()].map(({ position }) => position);
    this.known = positions.reduce(
      (lowest, position) => (position < lowest ? position : lowest),
      positions[0] ?? 0n,
    );
    this.inStep = positions.every((position) => position === this.known);
    return this.known;
  }

  /**
   * Applies a delivered event by applying the log up to at least it: under load one transaction
   * takes every event committed since, and the deliveries behind it are then acknowledged without
   * touching the database. A missed or reordered delivery needs no special case: the log, not the
   * broker, is what gets applied.
   */
  deliver(delivery: Delivery): Promise<void> {
    return this.deliverAll([delivery]);
  }

  /**
   * Applies deliveries that came together, in log order (a command's events, on the embedded bus),
   * as `deliver` applies one: in one transaction, and without reading the log when they follow on
   * from what this projector applied, one right after the other, up to the newest in the log.
   */
  async deliverAll(deliveries: readonly Delivery[]): Promise<void> {
    const applied = this.known ?? (await this.appliedPosition());
    const fresh = deliveries.filter(({ event }) => event.position > applied);
    const last = fresh.at(-1);
    if (!last) return;
    // Idle, the deliveries are the events right after what this projector applied, up to the newest
    // in the log: they are applied as delivered. Right after, but with more behind them (busy): the
    // log is read from there, to take those in the same transaction. Either way the transaction
    // checks the checkpoints it moves, so a delivery trusted here can never be applied twice.
    const chained = fresh.every(
      ({ previousPosition }, i) => previousPosition === (i === 0 ? applied : fresh[i - 1]!.event.position),
    );
    const newest = last.atHead && last.event.position >= (this.options.newestAppended?.() ?? 0n);
    if (!chained) await this.catchUp(last.event.position);
    else if (newest)
      await this.applyTraced(
        applied,
        fresh.map(({ event }) => event),
      );
    else await this.applyFrom(applied, last.event.position);
  }

  /**
   * Reads the log from the lowest checkpoint and applies it, up to `until` (or the head); `signal`
   * stops it between two batches.
   */
  async catchUp(until?: bigint, signal?: AbortSignal): Promise<bigint> {
    return this.applyFrom(await this.appliedPosition(), until, signal);
  }

  private async applyFrom(from: bigint, until: bigint | undefined, signal?: AbortSignal): Promise<bigint> {
    let position = from;
    for await (const events of logPages(this.store, {
      after: from,
      pageSize: this.batchSize,
      until,
      signal,
    })) {
      await this.applyTraced(position, events);
      position = events.at(-1)!.position;
    }
    return position;
  }

  /**
   * Applies a batch in a span when tracing. The span is the child of what is active: the consumer
   * span of the delivery that brought the batch, so the batch is in the trace of the delivered
   * event. A batch holds more than one trace when the log is busy or caught up: those traces are
   * linked, not given a span each (a catch-up applies 2,000 events a batch). The projector reports
   * the batch applied while the span is active, so the subscriptions' push is its child.
   */
  private applyTraced(after: bigint, events: readonly StoredEvent[]): Promise<void> {
    const tracer = this.options.tracer;
    if (!tracer || events.length === 0) return this.applyOrDeadLetter(after, events);
    const attributes = {
      [SLUICE_EVENT_COUNT]: events.length,
      [SLUICE_POSITION]: String(events[0]!.position),
      [SLUICE_LAST_POSITION]: String(events.at(-1)!.position),
    };
    return inBatchSpan(
      tracer,
      'apply projections',
      { kind: SpanKind.INTERNAL, attributes },
      events,
      contexts.active(),
      () => this.applyOrDeadLetter(after, events),
    );
  }

  /** Applies `events`, the log right after `after`; one that keeps failing is dead-lettered. */
  private async applyOrDeadLetter(after: bigint, events: readonly StoredEvent[]): Promise<void> {
    try {
      await this.applyBatch(after, events);
      return;
    } catch (error) {
      if (isTransientDatabaseError(error)) throw error;
      if (events.length > 1) {
        // Find the culprit: the others still apply, in order.
        let previous = after;
        for (const event of events) {
          await this.applyOrDeadLetter(previous, [event]);
          previous = event.position;
        }
        return;
      }
    }
    for (let attempt = 2; attempt <= this.maxAttempts; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt));
      try {
        await this.applyBatch(after, events);
        return;
      } catch (error) {
        if (isTransientDatabaseError(error)) throw error;
      }
    }
    await this.deadLetter(after, events[0]!, this.maxAttempts);
  }

  private async applyBatch(after: bigint, events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (this.shortPath && this.inStep && this.known === after && (await this.applyInStep(after, events)))
      return;
    this.cache.clear();
    const last = events.at(-1)!.position;
    let lowest = 0n;
    let highest = 0n;
    let rows: Partial<WrittenRows> | undefined = {};
    const committed = await this.transactionUnless(behindBatch, async (tx) => {
      const applied = await this.lockCheckpoints(tx);
      const positions = [...applied.values()];
      lowest = positions.reduce((low, p) => (p < low ? p : low), last);
      highest = positions.reduce((high, p) => (p > high ? p : high), 0n);
      // A checkpoint behind `after` (a projection reset or rebuilt, a database that lost its
      // last commits) needs the log from there, not just these events.
      if (lowest < after) throw behindBatch;
      for (const projection of this.projections) {
        const from = applied.get(projection.name) ?? 0n;
        const fresh = events.filter((event) => event.position > from);
        // Rows of some events only: a subscriber needs the read models read back instead.
        if (fresh.length < events.length) rows = undefined;
        if (fresh.length === 0) continue;
        const written = await projection.run(tx, tx, fresh);
        if (rows) Object.assign(rows, written);
      }
      await this.moveCheckpoints(tx, last);
    });
    if (!committed) {
      await this.catchUp(last);
      return;
    }
    this.inStep = highest <= last;
    this.advanced(last, {
      after: lowest,
      events: events.filter((event) => event.position > lowest),
      ...(rows ? { rows } : {}),
    });
  }

  /**
   * The short path, for checkpoints that all stand at `after`, where this projector left them:
   * then the read models hold exactly what it committed last, so the rows are taken from what it
   * cached or loaded outside any transaction, and the writes go as one call of the in-step
   * function: one statement, so one transaction, in one round trip. It first moves the
   * checkpoints, only if they are all still at `after` (another projector may have moved them, or
   * a projection been reset, since), and otherwise fails: nothing is written, and the answer is
   * false.
   */
  private async applyInStep(after: bigint, events: readonly StoredEvent[]): Promise<boolean> {
    const last = events.at(-1)!.position;
    const rows: Partial<WrittenRows> = {};
    const inStep = inStepFunction();
    const writes: string[] = [];
    let unknown = false;
    const inTransaction: RawQuery = (text, [value, ...rest]) => {
      const number = inStep.numberOf(text);
      if (number === undefined || typeof value !== 'string' || rest.length > 0) unknown = true;
      else writes.push(`[${number},${value}]`);
      return Promise.resolve([]);
    };
    const cached = this.cache.begin();
    try {
      for (const projection of this.projections)
        Object.assign(rows, await projection.run(this.session.query, inTransaction, events, cached));
      // A write the function does not hold (a projection's own statement) takes the plain path,
      // from now on: it would be the same write next time.
      if (unknown) {
        this.cache.clear();
        this.shortPath = false;
        return false;
      }
      await this.session.query(inStep.call, [
        this.generations,
        after.toString(),
        last.toString(),
        this.channel,
        `[${writes.join(',')}]`,
      ]);
    } catch (error) {
      this.cache.clear();
      if (sqlState(error) !== NOT_IN_STEP) throw error;
      this.inStep = false;
      return false;
    }
    cached.commit();
    const unchangedProducts = heldProducts(rows, this.cache);
    if (unchangedProducts.length > 0) rows.unchangedProducts = unchangedProducts;
    this.advanced(last, { after, events, rows });
    return true;
  }

  /**
   * Applies `event`, the one right after `after`, with each projection on its own: a projection
   * that fails on it records it as its dead letter, the others' changes stay, and the checkpoints
   * move past it.
   */
  private async deadLetter(after: bigint, event: StoredEvent, attempts: number): Promise<void> {
    this.cache.clear();
    let failures: Array<{ projection: string; error: string }> = [];
    let rows: Partial<WrittenRows> = {};
    const committed = await this.transactionUnless(behindBatch, async (tx, alone) => {
      failures = [];
      rows = {};
      const applied = await this.lockCheckpoints(tx);
      if ([...applied.values()].some((position) => position < after)) throw behindBatch;
      for (const projection of this.projections) {
        if ((applied.get(projection.name) ?? 0n) >= event.position) continue;
        const failure = await tryAlone(alone, projection, event, rows);
        if (failure === undefined) continue;
        failures.push({ projection: projection.name, error: failure });
        await tx(DEAD_LETTER, [
          projection.name,
          event.position.toString(),
          event.eventId,
          event.type,
          failure,
          String(attempts),
        ]);
      }
      await this.moveCheckpoints(tx, event.position);
    });
    if (!committed) {
      await this.catchUp(event.position);
      return;
    }
    this.inStep = false;
    this.advanced(event.position, { after, events: [event], rows });
    for (const failure of failures)
      await this.options.onDeadLetter?.(event, `${failure.projection}: ${failure.error}`, attempts);
  }

  /** Runs `work` in a transaction: true once committed, false if it rolled back by throwing `unless`. */
  private async transactionUnless(
    unless: Error,
    work: (tx: RawQuery, alone: Alone) => Promise<void>,
  ): Promise<boolean> {
    try {
      await this.session.transaction(work);
      return true;
    } catch (error) {
      if (error !== unless) throw error;
      return false;
    }
  }

  /** Locks every checkpoint row, creating the missing ones first: projectors on one database take turns. */
  private async lockCheckpoints(tx: RawQuery): Promise<Map<string, bigint>> {
    let rows = await tx(LOCK, [this.namesJson]);
    if (rows.length < this.names.length) {
      await tx(CREATE_MISSING, [this.namesJson]);
      rows = await tx(LOCK, [this.namesJson]);
    }
    this.generations = generationsOf(this.names, rows);
    return new Map(rows.map((row) => [String(row.name), BigInt(String(row.position))]));
  }

  /** Moves every checkpoint behind `position` up to it; the notification goes out on commit. */
  private async moveCheckpoints(tx: RawQuery, position: bigint): Promise<void> {
    await tx(MOVE, [this.namesJson, position.toString(), this.channel]);
  }

  private advanced(position: bigint, applied?: AppliedBatch): void {
    if (this.known === undefined || position > this.known) this.known = position;
    this.options.onApplied?.(position, applied);
  }
}

/**
 * Each named checkpoint's generation, as one JSON object; 0, which no checkpoint is of, for one
 * without a row yet, so that the short path refuses to move it.
 */
function generationsOf(names: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  const byName = new Map(rows.map((row) => [String(row.name), Number(row.generation)]));
  return JSON.stringify(Object.fromEntries(names.map((name) => [name, byName.get(name) ?? 0])));
}

/** Runs one projection on `event` on its own, undone alone on failure: answers why it failed. */
async function tryAlone(
  alone: Alone,
  projection: AnyProjection,
  event: StoredEvent,
  rows: Partial<WrittenRows>,
): Promise<string | undefined> {
  try {
    Object.assign(rows, await alone((query) => projection.run(query, query, [event])));
    return undefined;
  } catch (failure) {
    if (isTransientDatabaseError(failure)) throw failure;
    return describeError(failure);
  }
}
