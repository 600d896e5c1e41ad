import type { StoredEvent } from '@sluice/event-store';

/** An event as it travels: the stored event and the position of its predecessor in the log. */
export interface EventEnvelope {
  event: StoredEvent;
  /** Position of the event just before this one in the log (0n for the first). */
  previousPosition: bigint;
}

/** Handles one envelope; a throw means "not applied" and the bus retries or dead-letters it. */
export type EnvelopeHandler = (envelope: EventEnvelope) => Promise<void>;

/**
 * The transport between the relay and the projectors. RabbitMQ in real mode, in-process in the
 * embedded default; both deliver at least once, in publish order to one consumer.
 */
export interface EventBus {
  /** Resolves once every envelope is durably accepted (publisher confirms on RabbitMQ). */
  publish(envelopes: readonly EventEnvelope[]): Promise<void>;
  /** Starts delivering to the handler; resolves when the consumer is ready. */
  consume(handler: EnvelopeHandler): Promise<void>;
  close(): Promise<void>;
}
