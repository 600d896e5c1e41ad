import type { EventStore } from '@sluice/event-store';
import type { EventBus, EventEnvelope } from './event-bus';
import { WakeSignal } from './wake-signal';

export interface RelayOptions {
  store: EventStore;
  bus: EventBus;
  /** Its checkpoint's name in the log. @default 'relay' */
  name?: string;
  /** Events read and published per round. @default 500 */
  batchSize?: number;
  onError?: (error: unknown) => void;
  /** Called after each confirmed batch with the checkpoint now saved. */
  onPublished?: (position: bigint) => void;
}

/**
 * The log is the outbox: the relay follows it with the gap-safe reader and publishes every event
 * in position order. Its checkpoint moves only after the bus confirmed the batch, so a crash or a
 * broker outage means sending again (consumers are idempotent), never losing. It wakes on commit
 * notifications; it polls, briefly, only while an older transaction keeps new events unreadable.
 */
export class Relay {
  private readonly wake = new WakeSignal();
  private readonly name: string;
  private readonly batchSize: number;
  private checkpoint = 0n;
  private notifiedHead = 0n;
  private running: Promise<void> | undefined;
  private stopping = false;
  private stopWatching: (() => Promise<void>) | undefined;

  constructor(private readonly options: RelayOptions) {
    this.name = options.name ?? 'relay';
    this.batchSize = options.batchSize ?? 500;
  }

  /** The last position confirmed by the bus and saved. */
  position(): bigint {
    return this.checkpoint;
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.stopWatching = await this.options.store.watchAppends((position) => {
      if (position !== undefined && position > this.notifiedHead) this.notifiedHead = position;
      this.wake.notify();
    });
    this.checkpoint = await this.options.store.loadCheckpoint(this.name);
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake.notify();
    await this.running;
    await this.stopWatching?.();
  }

  private async run(): Promise<void> {
    let blockedDelayMs = 1;
    let failureDelayMs = 100;
    while (!this.stopping) {
      try {
        const published = await this.publishNextBatch();
        failureDelayMs = 100;
        if (published > 0) {
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

  private async publishNextBatch(): Promise<number> {
    const events = await this.options.store.readAllAfter(this.checkpoint, this.batchSize);
    if (events.length === 0) return 0;
    let previousPosition = this.checkpoint;
    const envelopes: EventEnvelope[] = events.map((event) => {
      const envelope = { event, previousPosition };
      previousPosition = event.position;
      return envelope;
    });
    await this.options.bus.publish(envelopes);
    await this.options.store.saveCheckpoint(this.name, previousPosition);
    this.checkpoint = previousPosition;
    this.options.onPublished?.(previousPosition);
    return events.length;
  }
}
