import type { StoredEvent } from '@sluice/event-store';
import type { TraceCarrier } from '@sluice/tracing';

/** An event as it travels: the stored event and the position of its predecessor in the log. */
export interface EventEnvelope {
  event: StoredEvent;
  /** Position of the event just before this one in the log (0n for the first). */
  previousPosition: bigint;
  /**
   * Set when nothing after this event was readable in the log as the relay published it: a
   * consumer that stands right before it can apply it as delivered, rather than read the log for
   * the events a busy log would have put behind it.
   */
  atHead?: boolean;
  /**
   * The relay's publish span for this event, when traced: it travels in the AMQP message's
   * headers (traceparent, tracestate), and the consumer's span is its child.
   */
  trace?: TraceCarrier;
}

/**
 * Handles envelopes the bus had at hand together, in publish order (one or more): the embedded bus
 * hands over everything queued, RabbitMQ what arrived together, so that a command's events are
 * applied in one transaction without reading the log. Resolving acks them all; a throw
 * means "not applied, try again later" (a transient failure): the bus redelivers them. Events that
 * can never be applied are the handler's to set aside (see `deadLetter`), so a throw never drops
 * anything.
 */
export type EnvelopeHandler = (envelopes: readonly EventEnvelope[]) => Promise<void>;

/**
 * The transport between the relay and the projectors. RabbitMQ in real mode, in-process in the
 * embedded default; both deliver at least once, in publish order to the active consumer.
 */
export interface EventBus {
  /** What spans say of this transport: OpenTelemetry's messaging system and destinations. */
  readonly messaging: { system: string; publishTo: string; consumeFrom: string };
  /** Resolves once every envelope is durably accepted (publisher confirms on RabbitMQ). */
  publish(envelopes: readonly EventEnvelope[]): Promise<void>;
  /** Starts delivering to the handler, one batch at a time; resolves when it is ready. */
  consume(handler: EnvelopeHandler): Promise<void>;
  /** Keeps an event that could not be applied, with why, where an operator can inspect it. */
  deadLetter(envelope: EventEnvelope, error: string, attempts: number): Promise<void>;
  /** Whether it can carry events now (on RabbitMQ: connected, and not blocked by the broker). */
  connected(): boolean;
  close(): Promise<void>;
}
