import { Connection, ConsumerStatus, type Consumer, type Publisher } from 'rabbitmq-client';
import { recordedCarrier } from '@sluice/tracing';
import { ArrivalBatches } from './arrival-batches';
import { decodeEnvelope, encodeEnvelope } from './envelope-codec';
import type { EnvelopeHandler, EventBus, EventEnvelope } from './event-bus';

export interface RabbitMqNames {
  /** Durable topic exchange the relay publishes to. @default 'sluice.events' */
  exchange: string;
  /** Quorum queue the projectors share. @default 'sluice.projections' */
  queue: string;
  /** Where envelopes that keep failing end up, with their error. @default 'sluice.projections.dead' */
  deadLetterQueue: string;
}

/** The names under one prefix (AMQP_PREFIX), so several systems can share a broker. */
export function rabbitMqNames(prefix: string): RabbitMqNames {
  return {
    exchange: `${prefix}.events`,
    queue: `${prefix}.projections`,
    deadLetterQueue: `${prefix}.projections.dead`,
  };
}

export const defaultRabbitMqNames: RabbitMqNames = rabbitMqNames('sluice');

/**
 * The projection queue's type. `classic` delivers a message as soon as it is routed; `quorum`
 * replicates it across a RabbitMQ cluster and delivers it only once a majority wrote it to disk
 * (3–5 ms more per event on one node here). Either way the log in PostgreSQL is the truth: a
 * message lost with a broker node is read from the log at the next delivery or start.
 */
export type RabbitMqQueueType = 'classic' | 'quorum';

export interface RabbitMqBusOptions {
  url: string;
  names?: Partial<RabbitMqNames>;
  /** @default 'classic' */
  queueType?: RabbitMqQueueType;
  /** Messages the broker may push before they are acked. @default 100 */
  prefetch?: number;
  /** Deliveries of one message after which a quorum queue dead-letters it (a backstop). @default 50 */
  maxDeliveries?: number;
  /** Wait before a message whose handler threw goes back to the queue; doubles while it lasts. @default 100 */
  redeliverAfterMs?: number;
  /** Reconnection backoff after the broker went away, from low to high. @default 250, 5000 */
  retryLowMs?: number;
  retryHighMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * RabbitMQ transport. Publishing waits for publisher confirms; messages are persistent, carry the
 * event id as messageId and the event type as routing key. Consumption is from a durable queue
 * (classic or quorum) with a single active consumer, manual acks and a bounded prefetch; what
 * arrived together is handled together, one batch at a time (see ArrivalBatches).
 */
export class RabbitMqBus implements EventBus {
  readonly names: RabbitMqNames;
  readonly messaging: EventBus['messaging'];
  private readonly connection: Connection;
  private readonly publisher: Publisher;
  private consumer: Consumer | undefined;
  private failuresInARow = 0;

  constructor(private readonly options: RabbitMqBusOptions) {
    this.names = { ...defaultRabbitMqNames, ...options.names };
    this.messaging = { system: 'rabbitmq', publishTo: this.names.exchange, consumeFrom: this.names.queue };
    // noDelay: without it every other confirm waits ~40 ms on Nagle vs delayed ACK (FIELD-NOTES).
    this.connection = new Connection({
      url: options.url,
      noDelay: true,
      connectionName: 'sluice',
      retryLow: options.retryLowMs ?? 250,
      retryHigh: options.retryHighMs ?? 5_000,
    });
    this.connection.on('error', (error) => options.onError?.(error));
    // The publisher declares the queue and its binding too: a confirmed message that no queue
    // was bound for yet would be dropped as unroutable.
    this.publisher = this.connection.createPublisher({
      confirm: true,
      maxAttempts: 3,
      exchanges: [this.exchange()],
      queues: [{ queue: this.names.deadLetterQueue, durable: true }, this.projectionQueue()],
      queueBindings: [this.binding()],
    });
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    try {
      await Promise.all(
        envelopes.map((envelope) =>
          this.publisher.send(
            {
              exchange: this.names.exchange,
              routingKey: envelope.event.type,
              messageId: envelope.event.eventId,
              durable: true,
              contentType: 'application/json',
              // The publish span's context (W3C trace context); absent when tracing is off.
              headers: envelope.trace,
            },
            encodeEnvelope(envelope),
          ),
        ),
      );
    } catch (error) {
      throw this.explained(error);
    }
  }

  consume(handler: EnvelopeHandler): Promise<void> {
    const prefetch = this.options.prefetch ?? 100;
    const batches = new ArrivalBatches(async (envelopes) => {
      try {
        await handler(envelopes);
      } catch (error) {
        // A throw is transient by contract (the database is away, say): wait before the broker
        // hands the messages back, doubling while it lasts, rather than spin on them.
        const delay = Math.min((this.options.redeliverAfterMs ?? 100) * 2 ** this.failuresInARow, 5_000);
        this.failuresInARow++;
        await new Promise((resolve) => setTimeout(resolve, delay));
        throw error;
      }
      this.failuresInARow = 0;
    }, prefetch);
    this.consumer = this.connection.createConsumer(
      {
        queue: this.names.queue,
        queueOptions: this.projectionQueue(),
        qos: { prefetchCount: prefetch },
        // rabbitmq-client calls the handler as each message arrives, in order, up to
        // `concurrency` at once: ArrivalBatches keeps them in that order and hands them on a
        // batch at a time. (Its default requeues on a throw, which here is transient by contract.)
        concurrency: prefetch,
        requeue: true,
        exchanges: [this.exchange()],
        queueBindings: [this.binding()],
      },
      async (message) => {
        let envelope: EventEnvelope;
        try {
          envelope = decodeEnvelope(message.body);
          const trace = recordedCarrier(message.headers);
          if (trace) envelope.trace = trace;
        } catch (error) {
          await this.sendToDeadLetterQueue(
            message.body,
            error instanceof Error ? error.message : String(error),
            1,
          );
          return ConsumerStatus.ACK;
        }
        await batches.add(envelope);
        return ConsumerStatus.ACK;
      },
    );
    this.consumer.on('error', (error) => this.options.onError?.(this.explained(error)));
    const consumer = this.consumer;
    return new Promise((resolve) => consumer.once('ready', () => resolve()));
  }

  /** The broker's refusal of a queue declared otherwise before, with what to do about it. */
  private explained(error: unknown): unknown {
    if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'PRECONDITION_FAILED')
      return error;
    return new Error(
      `${this.names.queue} exists with other arguments, e.g. declared by another AMQP_QUEUE_TYPE: ` +
        `delete it (its messages are in the log) or use another AMQP_PREFIX. ${error.message}`,
      { cause: error },
    );
  }

  private exchange() {
    return { exchange: this.names.exchange, type: 'topic' as const, durable: true };
  }

  private binding() {
    return { queue: this.names.queue, exchange: this.names.exchange, routingKey: '#' };
  }

  /** Declared alike by publisher and consumer (the broker refuses a declaration that differs). */
  private projectionQueue() {
    const quorum = this.options.queueType === 'quorum';
    return {
      queue: this.names.queue,
      durable: true,
      arguments: {
        'x-queue-type': quorum ? ('quorum' as const) : ('classic' as const),
        // One consumer at a time gets the queue, so events are applied in publish order even with
        // several read gateways attached; another takes over when it goes away.
        'x-single-active-consumer': true,
        // A backstop for a handler that keeps failing transiently (quorum queues count deliveries).
        ...(quorum ? { 'x-delivery-limit': this.options.maxDeliveries ?? 50 } : {}),
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': this.names.deadLetterQueue,
      },
    };
  }

  deadLetter(envelope: EventEnvelope, error: string, attempts: number): Promise<void> {
    return this.sendToDeadLetterQueue(encodeEnvelope(envelope), error, attempts, envelope.event.eventId);
  }

  private async sendToDeadLetterQueue(body: unknown, error: string, attempts: number, messageId?: string) {
    await this.publisher.send(
      {
        exchange: '',
        routingKey: this.names.deadLetterQueue,
        durable: true,
        contentType: 'application/json',
        ...(messageId ? { messageId } : {}),
        headers: { 'x-error': error, 'x-attempts': attempts, 'x-original-queue': this.names.queue },
      },
      body,
    );
  }

  connected(): boolean {
    return this.connection.ready;
  }

  async close(): Promise<void> {
    await this.consumer?.close();
    await this.publisher.close();
    await this.connection.close();
  }
}
