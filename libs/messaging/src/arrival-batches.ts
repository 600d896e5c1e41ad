import type { EnvelopeHandler, EventEnvelope } from './event-bus';

interface Arrived {
  envelope: EventEnvelope;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Envelopes that arrive one message at a time, handed on in batches: what arrived together (a
 * command's events come in one read from the socket), or while the batch before was being
 * handled, up to `maxBatch`, in arrival order. So a command's events are applied in one
 * transaction without reading the log, as on the embedded bus.
 *
 * Each `add` settles with its batch: resolved once the handler resolved, rejected with what it
 * threw. A failure rejects what arrived behind the batch too, so that everything goes back to
 * the broker and comes again in its order.
 */
export class ArrivalBatches {
  readonly #handler: EnvelopeHandler;
  readonly #maxBatch: number;
  #arrived: Arrived[] = [];
  #draining = false;

  constructor(handler: EnvelopeHandler, maxBatch: number) {
    this.#handler = handler;
    this.#maxBatch = maxBatch;
  }

  add(envelope: EventEnvelope): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#arrived.push({ envelope, resolve, reject });
      if (this.#draining) return;
      this.#draining = true;
      // After the rest of this read from the socket has arrived.
      setImmediate(() => void this.#drain());
    });
  }

  async #drain(): Promise<void> {
    while (this.#arrived.length > 0) {
      const batch = this.#arrived.splice(0, this.#maxBatch);
      try {
        await this.#handler(batch.map(({ envelope }) => envelope));
        for (const { resolve } of batch) resolve();
      } catch (error) {
        for (const { reject } of [...batch, ...this.#arrived.splice(0)]) reject(error);
      }
    }
    this.#draining = false;
  }
}
