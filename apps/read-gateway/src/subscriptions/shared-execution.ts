import type { ExecutionResult } from 'graphql';
import type { SubscriberTransport } from '../live-feed';
import { SubscriberQueue, tooSlow } from '../runtime/subscriber-queue';

export interface SharedExecutionOptions {
  /** Results one subscriber may have waiting before it is ended as too slow. */
  maxQueued: number;
  /** Called once, when the last subscriber has left or the source has ended. */
  onIdle: () => void;
}

/**
 * One running subscription whose results many subscribers receive: each result is produced once
 * and the same object is queued for every subscriber that had joined when it came. Each
 * subscriber has its own bounded queue, so a slow one is ended (and its connection cut off)
 * without holding back the others or the source. The source is returned when the last one leaves.
 */
export class SharedExecution {
  private readonly subscribers = new Set<SubscriberQueue<ExecutionResult>>();
  private started = false;
  private stopped = false;

  constructor(
    private readonly source: AsyncIterator<ExecutionResult>,
    private readonly options: SharedExecutionOptions,
  ) {}

  /**
   * A new subscriber's results, from the next one on; undefined once this execution has stopped.
   * The source is read from the first join on, so whoever started it cannot miss its first result.
   */
  join(transport?: SubscriberTransport): AsyncIterableIterator<ExecutionResult> | undefined {
    if (this.stopped) return undefined;
    const queue: SubscriberQueue<ExecutionResult> = new SubscriberQueue(
      this.options.maxQueued,
      () => this.leave(queue),
      () => transport?.cutOff(tooSlow),
    );
    this.subscribers.add(queue);
    if (!this.started) {
      this.started = true;
      void this.pump();
    }
    return queue;
  }

  /** Subscribers currently joined. */
  size(): number {
    return this.subscribers.size;
  }

  private leave(queue: SubscriberQueue<ExecutionResult>): void {
    if (this.subscribers.delete(queue) && this.subscribers.size === 0) this.stop();
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.options.onIdle();
    // Nobody is left to tell if ending it fails.
    Promise.resolve(this.source.return?.()).catch(() => {});
  }

  private async pump(): Promise<void> {
    try {
      for (let next = await this.source.next(); !next.done; next = await this.source.next()) {
        for (const subscriber of this.subscribers) subscriber.push(next.value);
      }
      this.stop();
      for (const subscriber of [...this.subscribers]) subscriber.end();
    } catch (error) {
      this.stop();
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const subscriber of [...this.subscribers]) subscriber.fail(failure);
    }
  }
}
