import { Connection, ConsumerStatus, type Consumer, type Publisher } from 'rabbitmq-client';
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

export const defaultRabbitMqNames: RabbitMqNames = {
  exchange: 'sluice.events',
  queue: 'sluice.projections',
  deadLetterQueue: 'sluice.projections.dead',
};

export interface RabbitMqBusOptions {
  url: string;
  names?: Partial<RabbitMqNames>;
  /** Messages the broker may push before they are acked. @default 100 */
  prefetch?: number;
  /** Deliveries of one message before it is dead-lettered with its error. @default 5 */
  maxAttempts?: number;
  onError?: (error: unknown) => void;
}

/**
 * RabbitMQ transport. Publishing waits for publisher confirms; messages are persistent, carry the
 * event id as messageId and the event type as routing key. Consumption is from a durable quorum
 * queue with a single active consumer (so delivery order is publish order even with several
 * read gateways attached), manual acks, a bounded prefetch and one handler at a time.
 */
export class RabbitMqBus implements EventBus {
  readonly names: RabbitMqNames;
  private readonly connection: Connection;
  private readonly publisher: Publisher;
  private consumer: Consumer | undefined;

  constructor(private readonly options: RabbitMqBusOptions) {
    this.names = { ...defaultRabbitMqNames, ...options.names };
    // noDelay: without it every other confirm waits ~40 ms on Nagle vs delayed ACK (FIELD-NOTES).
    this.connection = new Connection({ url: options.url, noDelay: true, connectionName: 'sluice' });
    this.connection.on('error', (error) => options.onError?.(error));
    this.publisher = this.connection.createPublisher({
      confirm: true,
      maxAttempts: 3,
      exchanges: [{ exchange: this.names.exchange, type: 'topic', durable: true }],
      queues: [{ queue: this.names.deadLetterQueue, durable: true }],
    });
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    await Promise.all(
      envelopes.map((envelope) =>
        this.publisher.send(
          {
            exchange: this.names.exchange,
            routingKey: envelope.event.type,
            messageId: envelope.event.eventId,
            durable: true,
            contentType: 'application/json',
          },
          encodeEnvelope(envelope),
        ),
      ),
    );
  }

  consume(handler: EnvelopeHandler): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    const prefetch = this.options.prefetch ?? 100;
    this.consumer = this.connection.createConsumer(
      {
        queue: this.names.queue,
        queueOptions: {
          durable: true,
          arguments: {
            'x-queue-type': 'quorum',
            'x-single-active-consumer': true,
            // A backstop only: the handler dead-letters with the error before this limit.
            'x-delivery-limit': maxAttempts * 4,
          },
        },
        qos: { prefetchCount: prefetch },
        concurrency: 1,
        requeue: true,
        exchanges: [{ exchange: this.names.exchange, type: 'topic', durable: true }],
        queueBindings: [{ queue: this.names.queue, exchange: this.names.exchange, routingKey: '#' }],
      },
      async (message) => {
        let envelope: EventEnvelope;
        try {
          envelope = decodeEnvelope(message.body);
        } catch (error) {
          await this.deadLetter(message.body, error, 1);
          return ConsumerStatus.ACK;
        }
        try {
          await handler(envelope);
          return ConsumerStatus.ACK;
        } catch (error) {
          const attempts = Number(message.headers?.['x-delivery-count'] ?? 0) + 1;
          if (attempts < maxAttempts) return ConsumerStatus.REQUEUE;
          await this.deadLetter(message.body, error, attempts);
          return ConsumerStatus.ACK;
        }
      },
    );
    this.consumer.on('error', (error) => this.options.onError?.(error));
    const consumer = this.consumer;
    return new Promise((resolve) => consumer.once('ready', () => resolve()));
  }

  /** Sends a message that cannot be applied to the dead-letter queue, with why, then acks it. */
  private async deadLetter(body: unknown, error: unknown, attempts: number): Promise<void> {
    await this.publisher.send(
      {
        exchange: '',
        routingKey: this.names.deadLetterQueue,
        durable: true,
        contentType: 'application/json',
        headers: {
          'x-error': error instanceof Error ? error.message : JSON.stringify(error),
          'x-attempts': attempts,
          'x-original-queue': this.names.queue,
        },
      },
      body,
    );
  }

  async close(): Promise<void> {
    await this.consumer?.close();
    await this.publisher.close();
    await this.connection.close();
  }
}
