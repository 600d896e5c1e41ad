import type { EnvelopeHandler, EventBus, EventEnvelope } from './event-bus';

/** Envelopes handed to the handler at once, at most: a batch the relay published, or more. */
const MAX_BATCH = 500;

export interface DeadLetter {
  envelope: EventEnvelope;
  error: string;
  attempts: number;
}

/**
 * The embedded default's bus: the same interface as RabbitMQ, in one process. Deliveries are in
 * publish order, a batch at a time (what is queued, up to MAX_BATCH); a handler that throws is
 * handed the same envelopes again after a pause, with any queued since, and nothing is dropped.
 * Nothing here is durable: the relay re-reads the log from its checkpoint after a restart, and
 * its checkpoint moves only once `publish` resolved.
 */
export class InProcessBus implements EventBus {
  readonly messaging = { system: 'sluice.in_process', publishTo: 'in-process', consumeFrom: 'in-process' };
  readonly deadLetters: DeadLetter[] = [];
  private readonly queue: EventEnvelope[] = [];
  private handler: EnvelopeHandler | undefined;
  private draining: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly options: {
      /** Pause before redelivering after a handler threw. @default 100 */
      retryDelayMs?: number;
      /** At most this many dead letters are kept in memory. @default 1000 */
      maxDeadLetters?: number;
      onError?: (error: unknown) => void;
    } = {},
  ) {}

  publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('bus is closed'));
    this.queue.push(...envelopes);
    this.drain();
    return Promise.resolve();
  }

  consume(handler: EnvelopeHandler): Promise<void> {
    this.handler = handler;
    this.drain();
    return Promise.resolve();
  }

  deadLetter(envelope: EventEnvelope, error: string, attempts: number): Promise<void> {
    this.deadLetters.push({ envelope, error, attempts });
    if (this.deadLetters.length > (this.options.maxDeadLetters ?? 1000)) this.deadLetters.shift();
    return Promise.resolve();
  }

  /** Resolves when every envelope published so far was handled. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  connected(): boolean {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await this.idle();
  }

  private drain(): void {
    if (this.draining || !this.handler) return;
    const handler = this.handler;
    this.draining = (async () => {
      // The handlers (the projectors) run on the publisher's thread: after its own continuation,
      // which answers the client whose command appended these events.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.queue.length > 0 && !this.closed) {
        const batch = this.queue.slice(0, MAX_BATCH);
        try {
          await handler(batch);
          this.queue.splice(0, batch.length);
        } catch (error) {
          this.options.onError?.(error);
          await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs ?? 100));
        }
      }
    })().finally(() => {
      this.draining = undefined;
      if (this.queue.length && !this.closed) this.drain();
    });
  }
}
