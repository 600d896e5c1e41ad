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
        received.push(...delivered);
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

  it('hands over together, in order, what arrived while a batch was being handled', async () => {
    const names = temporaryRabbitNames();
    const bus = new RabbitMqBus({ url: testAmqpUrl, names });
    const connection = new Connection({ url: testAmqpUrl });
    connection.on('error', () => {});
    try {
      const batches: bigint[][] = [];
      let releaseFirst = () => {};
      const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
      await bus.consume(async (delivered) => {
        batches.push(delivered.map(({ event }) => event.position));
        if (batches.length === 1) await firstHeld;
      });
      await bus.publish([envelope(1n, true)]);
      await expect.poll(() => batches.length).toBe(1);
      await bus.publish([envelope(2n), envelope(3n), envelope(4n, true)]);
      // Once none is ready in the queue, the broker has sent them all to the consumer, which
      // holds them behind the first batch (the pause covers the socket between the two).
      await expect
        .poll(async () => (await connection.queueDeclare({ queue: names.queue, passive: true })).messageCount)
        .toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      releaseFirst();
      await expect.poll(() => batches.flat().length).toBe(4);
      expect(batches).toEqual([[1n], [2n, 3n, 4n]]);
    } finally {
      await connection.close();
      await bus.close();
      await names.cleanup();
    }
  });

  it('waits before a message whose handler failed comes back, longer while it keeps failing', async () => {
    const names = temporaryRabbitNames();
    const bus = new RabbitMqBus({ url: testAmqpUrl, names, redeliverAfterMs: 100 });
    try {
      const attempts: number[] = [];
      await bus.consume(() => {
        attempts.push(performance.now());
        return attempts.length < 3 ? Promise.reject(new Error('database away')) : Promise.resolve();
      });
      await bus.publish([envelope(1n)]);
      await expect.poll(() => attempts.length, { timeout: 5_000 }).toBe(3);
      // Not a speed assertion: a lower bound that the waits (100 ms, then 200 ms) guarantee.
      expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(95);
      expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(195);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(attempts).toHaveLength(3);
    } finally {
      await bus.close();
      await names.cleanup();
    }
  });

  it('says what to do when the queue exists as another type', async () => {
    const names = temporaryRabbitNames();
    const connection = new Connection({ url: testAmqpUrl });
    connection.on('error', () => {});
    const errors: unknown[] = [];
    await connection.queueDeclare({
      queue: names.queue,
      durable: true,
      arguments: { 'x-queue-type': 'quorum' },
    });
    const bus = new RabbitMqBus({
      url: testAmqpUrl,
      names,
      queueType: 'classic',
      onError: (error) => errors.push(error),
    });
    try {
      void bus.consume(() => Promise.resolve());
      await expect
        .poll(() => errors.map((error) => String(error)).join('\n'), { timeout: 5_000 })
        .toMatch(/projections exists with other arguments.*AMQP_QUEUE_TYPE.*AMQP_PREFIX/);
    } finally {
      await bus.close();
      await connection.close();
      await names.cleanup();
    }
  });
});
