import type { EnvelopeHandler, EventBus, EventEnvelope } from './event-bus';

/**
 * The embedded default's bus: same interface as RabbitMQ, in one process. Deliveries are in
 * publish order, one at a time; a handler that throws is retried `maxAttempts` times, then the
 * envelope is handed to `onDeadLetter` and the next one flows. Nothing here is durable: the relay
 * re-reads the log from its checkpoint after a restart, so nothing is lost.
 */
export class InProcessBus implements EventBus {
  private readonly queue: EventEnvelope[] = [];
  private handler: EnvelopeHandler | undefined;
  private draining: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly options: {
      /** @default 5 */
      maxAttempts?: number;
      onDeadLetter?: (envelope: EventEnvelope, error: unknown) => void;
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

  /** Resolves when every envelope published so far was handled (or dead-lettered). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }

  private drain(): void {
    if (this.draining || !this.handler) return;
    const handler = this.handler;
    this.draining = (async () => {
      for (let envelope = this.queue.shift(); envelope; envelope = this.queue.shift()) {
        await this.deliver(handler, envelope);
      }
    })().finally(() => {
      this.draining = undefined;
      if (this.queue.length) this.drain();
    });
  }

  private async deliver(handler: EnvelopeHandler, envelope: EventEnvelope): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(envelope);
        return;
      } catch (error) {
        if (attempt >= maxAttempts) {
          this.options.onDeadLetter?.(envelope, error);
          return;
        }
      }
    }
  }
}
