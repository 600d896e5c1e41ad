import type { Tracer } from '@opentelemetry/api';
import type { AppendedEvents, EventStore, StoredEvent } from '@sluice/event-store';
import type { EventBus, EventEnvelope } from './event-bus';
import { publishSpans } from './publish-spans';
import { WakeSignal } from './wake-signal';

/** Handed-over appends kept while the relay is busy; past that, it reads the log instead. */
const MAX_HANDED = 1000;

export interface RelayOptions {
  store: EventStore;
  bus: EventBus;
  /** Its checkpoint's name in the log. @default 'relay' */
  name?: string;
  /** Events read and published per round. @default 500 */
  batchSize?: number;
  /**
   * How long a confirmed position may wait before it is saved as the checkpoint. Saving after
   * every batch would put a write on the path of every event; waiting means that after a crash
   * the events of the last interval are published again, which consumers already ignore.
   * @default 1000
   */
  checkpointIntervalMs?: number;
  onError?: (error: unknown) => void;
  /** Called after each confirmed batch with the position the bus now has everything up to. */
  onPublished?: (position: bigint) => void;
  /** Traces the publishing of each traced event (see publish-spans.ts); none when tracing is off. */
  tracer?: Tracer;
}

/**
 * The log is the outbox: the relay follows it with the gap-safe reader and publishes every event
 * in position order. Its checkpoint moves only after the bus confirmed the batch (saved at most
 * once per interval, and on stop), so a crash or a broker outage means sending again (consumers
 * are idempotent), never losing. It wakes on commit notifications; it polls, briefly, only while
 * an older transaction keeps new events unreadable. The last envelope of a batch that reached
 * the readable end of the log says so (`atHead`): a consumer right before it need not read on.
 *
 * This process's appends are handed over with the position right before them, when that was
 * final at commit (always on PGlite; on PostgreSQL when no older transaction was running): one
 * that continues exactly where the relay stands is published as it is, without reading it back.
 * Anything else (another process's appends, a backlog, more than it keeps) is read.
 */
export class Relay {
  private readonly wake = new WakeSignal();
  private readonly name: string;
  private readonly batchSize: number;
  private readonly checkpointIntervalMs: number;
  private checkpoint = 0n;
  private saved = 0n;
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private notifiedHead = 0n;
  /** Appends handed over and not yet published, by the position right before each. */
  private readonly handed = new Map<bigint, AppendedEvents>();
  private running: Promise<void> | undefined;
  private stopping = false;
  private stopWatching: (() => Promise<void>) | undefined;

  constructor(private readonly options: RelayOptions) {
    this.name = options.name ?? 'relay';
    this.batchSize = options.batchSize ?? 500;
    this.checkpointIntervalMs = options.checkpointIntervalMs ?? 1000;
  }

  /** The last position confirmed by the bus (saved as the checkpoint within the interval). */
  position(): bigint {
    return this.checkpoint;
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.stopWatching = await this.options.store.watchAppends((position, appended) => {
      if (position === undefined) this.learnHead();
      else if (position > this.notifiedHead) this.notifiedHead = position;
      if (appended && this.handed.size < MAX_HANDED) this.handed.set(appended.previousPosition, appended);
      // Woken at once: publishing is a write to the broker, whose consumers start while this
      // process answers its client. A bus whose consumers run on this thread waits for that
      // answer itself (InProcessBus).
      if (position === undefined || position > this.checkpoint) this.wake.notify();
    });
    this.checkpoint = await this.options.store.loadCheckpoint(this.name);
    this.saved = this.checkpoint;
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake.notify();
    await this.running;
    await this.stopWatching?.();
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.saveCheckpoint();
  }

  /**
   * Back after a lost LISTEN connection, the notifications of that time are gone, and what they
   * announced may not be readable yet: the log's head says what to keep polling for.
   */
  private learnHead(): void {
    this.options.store.head().then(
      (head) => {
        if (head > this.notifiedHead) this.notifiedHead = head;
        this.wake.notify();
      },
      (error: unknown) => this.options.onError?.(error),
    );
  }

  private async run(): Promise<void> {
    let blockedDelayMs = 1;
    let failureDelayMs = 100;
    while (!this.stopping) {
      try {
        const published = await this.publishNextBatch();
        failureDelayMs = 100;
        if (published === 'up to the head') {
          // Whatever commits from now on wakes the relay (the signal keeps a wake that came while it
          // was busy): reading again at once would find nothing, on the thread PGlite works on.
          blockedDelayMs = 1;
          await this.wake.wait();
          continue;
        }
        if (published === 'some') {
          blockedDelayMs = 1;
          continue;
        }
        if (this.notifiedHead > this.checkpoint) {
          // Committed but not yet readable: an older transaction is still open. Retry shortly.
          await this.wake.wait(blockedDelayMs);
          blockedDelayMs = Math.min(blockedDelayMs * 2, 100);
        } else {
          await this.wake.wait();
        }
      } catch (error) {
        this.options.onError?.(error);
        await this.wake.wait(failureDelayMs);
        failureDelayMs = Math.min(failureDelayMs * 2, 5_000);
      }
    }
  }

  /** Publishes what follows the checkpoint, and says whether that was everything known to be in the log. */
  private async publishNextBatch(): Promise<'none' | 'some' | 'up to the head'> {
    const handed = this.takeHanded();
    const events = handed ?? (await this.options.store.readAllAfter(this.checkpoint, this.batchSize));
    if (events.length === 0) return 'none';
    const atHead = handed ? events.at(-1)!.position >= this.notifiedHead : events.length < this.batchSize;
    let previousPosition = this.checkpoint;
    const envelopes: EventEnvelope[] = events.map((event) => {
      const envelope = { event, previousPosition };
      previousPosition = event.position;
      return envelope;
    });
    if (atHead) envelopes[envelopes.length - 1] = { ...envelopes.at(-1)!, atHead: true };
    const tracer = this.options.tracer;
    if (tracer) await publishSpans(tracer, this.options.bus, envelopes);
    else await this.options.bus.publish(envelopes);
    this.checkpoint = previousPosition;
    this.saveCheckpointSoon();
    this.options.onPublished?.(previousPosition);
    return atHead && this.checkpoint >= this.notifiedHead ? 'up to the head' : 'some';
  }

  /** The handed-over appends that continue the log from the checkpoint, up to a batch (at least one). */
  private takeHanded(): StoredEvent[] | undefined {
    for (const previous of this.handed.keys()) if (previous < this.checkpoint) this.handed.delete(previous);
    let next = this.handed.get(this.checkpoint);
    if (!next) return undefined;
    const events: StoredEvent[] = [];
    while (next && (events.length === 0 || events.length + next.events.length <= this.batchSize)) {
      this.handed.delete(next.previousPosition);
      events.push(...next.events);
      next = this.handed.get(events.at(-1)!.position);
    }
    return events;
  }

  private saveCheckpointSoon(): void {
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = undefined;
      void this.saveCheckpoint();
    }, this.checkpointIntervalMs).unref();
  }

  /** Saves the confirmed position, one save at a time; a failed save is retried by the next. */
  private saveCheckpoint(): Promise<void> {
    this.saving = this.saving.then(async () => {
      const position = this.checkpoint;
      if (position <= this.saved) return;
      try {
        await this.options.store.saveCheckpoint(this.name, position);
        this.saved = position;
      } catch (error) {
        this.options.onError?.(error);
        if (!this.stopping) this.saveCheckpointSoon();
      }
    });
    return this.saving;
  }
}
