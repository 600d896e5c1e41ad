import { randomUUID } from 'node:crypto';
import { rabbitAvailability, temporaryRabbitNames, testAmqpUrl } from '@sluice/testing';
import { Connection } from 'rabbitmq-client';
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from './event-bus';
import { RabbitMqBus, type RabbitMqQueueType } from './rabbitmq-bus';

const rabbit = await rabbitAvailability();

function envelope(position: bigint, atHead = false): EventEnvelope {
  return {
    event: {
      position,
      eventId: randomUUID(),
      streamId: 's',
      version: Number(position),
      type: 'Tested',
      data: { n: Number(position) },
      metadata: { correlationId: 'c', causationId: 'c', at: '2026-01-01T00:00:00.000Z' },
      occurredAt: new Date('2026-01-01T00:00:00.000Z'),
    },
    previousPosition: position - 1n,
    ...(atHead ? { atHead } : {}),
  };
}

describe.skipIf(!rabbit.available)('the RabbitMQ bus', () => {
  it.each<[RabbitMqQueueType, RabbitMqQueueType]>([
    ['classic', 'quorum'],
    ['quorum', 'classic'],
  ])('delivers in order through a %s queue, declared as such', async (queueType, other) => {
    const names = temporaryRabbitNames();
    const bus = new RabbitMqBus({ url: testAmqpUrl, names, queueType });
    const connection = new Connection({ url: testAmqpUrl });
    connection.on('error', () => {});
    try {
      const received: EventEnvelope[] = [];
      await bus.consume((delivered) => {
        received.push(delivered);
        return Promise.resolve();
      });
      const sent = [envelope(1n), envelope(2n), envelope(3n, true)];
      await bus.publish(sent);
      await expect.poll(() => received.length).toBe(3);
      expect(received).toEqual(sent);

      // The broker refuses to redeclare a queue as another type: this one is what was asked for.
      await expect(
        connection.queueDeclare({ queue: names.queue, durable: true, arguments: { 'x-queue-type': other } }),
      ).rejects.toThrow(/PRECONDITION_FAILED|inequivalent arg 'x-queue-type'/);
    } finally {
      await connection.close();
      await bus.close();
      await names.cleanup();
    }
  });
});
