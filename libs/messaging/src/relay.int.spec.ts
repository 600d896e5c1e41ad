import { randomUUID } from 'node:crypto';
import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { openPostgresEventStore, type EventStore, type StreamAppend } from '@sluice/event-store';
import { carrierOf } from '@sluice/tracing';
import { startTracing } from '@sluice/tracing/sdk';
import {
  eventStoreBackends,
  openOlderTransaction,
  rabbitAvailability,
  startTcpProxy,
  temporaryRabbitNames,
  testAmqpUrl,
  type OpenedStore,
  type TemporaryRabbitNames,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventBus, EventEnvelope } from './event-bus';
import { InProcessBus } from './in-process-bus';
import { RabbitMqBus } from './rabbitmq-bus';
import { Relay } from './relay';

const rabbit = await rabbitAvailability();
const quiet = () => {};
// One provider for the file (OpenTelemetry's API takes one registration per process); only the
// relays given its tracer trace.
const exporter = new InMemorySpanExporter();
const tracing = startTracing({ serviceName: 'relay-spec', exporter });
afterAll(() => tracing.shutdown());

function single(type = 'Relayed'): StreamAppend {
  const metadata = { correlationId: 'relay', causationId: 'relay', at: '2026-01-01T00:00:00.000Z' };
  return {
    streamId: randomUUID(),
    expectedVersion: 0,
    events: [{ eventId: randomUUID(), type, data: {}, metadata }],
  };
}

async function appendMany(store: EventStore, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const append = single();
    ids.push(append.events[0]!.eventId);
    expect((await store.append([append])).kind).toBe('appended');
  }
  return ids;
}

/** Everything the bus delivers, in arrival order. */
async function collect(bus: EventBus): Promise<EventEnvelope[]> {
  const received: EventEnvelope[] = [];
  await bus.consume((envelopes) => {
    received.push(...envelopes);
    return Promise.resolve();
  });
  return received;
}

/** Delivered ids in order, each once (at-least-once delivery may repeat some), of `among` only. */
function distinctIds(received: readonly EventEnvelope[], among?: readonly string[]): string[] {
  const ids = received.map((e) => e.event.eventId).filter((id) => !among || among.includes(id));
  return [...new Set(ids)];
}

interface Setup {
  name: string;
  skip: string | false;
  /** A new bus on the same transport (a restarted process); `viaProxyPort` routes it through a proxy. */
  bus(viaProxyPort?: number): EventBus;
  cleanup(): Promise<void>;
}

const pgBackend = (await eventStoreBackends()).find((b) => b.name === 'PostgreSQL')!;
const pgliteBackend = (await eventStoreBackends()).find((b) => b.name === 'PGlite')!;

function inProcess(): Setup {
  const bus = new InProcessBus();
  return { name: 'PGlite + in-process bus', skip: false, bus: () => bus, cleanup: () => bus.close() };
}

function rabbitMq(): Setup {
  let names: TemporaryRabbitNames | undefined;
  const buses: RabbitMqBus[] = [];
  return {
    name: 'PostgreSQL + RabbitMQ',
    skip: pgBackend.skip || (rabbit.available ? false : rabbit.reason),
    bus(viaProxyPort) {
      names ??= temporaryRabbitNames();
      const url = viaProxyPort ? `amqp://guest:guest@127.0.0.1:${viaProxyPort}` : testAmqpUrl;
      const bus = new RabbitMqBus({ url, names, onError: quiet, retryLowMs: 50, retryHighMs: 200 });
      buses.push(bus);
      return bus;
    },
    async cleanup() {
      for (const bus of buses) await bus.close();
      await names?.cleanup();
    },
  };
}

for (const make of [inProcess, rabbitMq]) {
  const probe = make();
  describe.skipIf(probe.skip !== false)(`relay on ${probe.name}`, () => {
    let opened: OpenedStore;
    let setup: Setup;
    // One consumer for the suite: with a single active consumer, a second one would stand by.
    let received: EventEnvelope[];

    beforeAll(async () => {
      setup = make();
      opened = await (setup.name.startsWith('PGlite') ? pgliteBackend : pgBackend).open();
      received = await collect(setup.bus());
    });
    afterAll(async () => {
      await setup?.cleanup();
      await opened?.cleanup();
    });

    it('publishes every event in log order, waking on commits, and resumes after a restart', async () => {
      const { store } = opened;
      const first = new Relay({ store, bus: setup.bus(), name: 'restart', onError: quiet });
      await first.start();
      const before = await appendMany(store, 20);
      await expect.poll(() => distinctIds(received).length).toBe(20);
      await first.stop();
      expect(await store.loadCheckpoint('restart')).toBe(received.at(-1)!.event.position);

      const whileDown = await appendMany(store, 15);
      const second = new Relay({ store, bus: setup.bus(), name: 'restart', onError: quiet });
      await second.start();
      await expect.poll(() => distinctIds(received).length).toBe(35);
      await second.stop();

      expect(distinctIds(received)).toEqual([...before, ...whileDown]);
      const positions = received.map((e) => e.event.position);
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
      // Each envelope names its predecessor, so a consumer can tell a gap from a duplicate.
      received.forEach((e, i) => i > 0 && expect(e.previousPosition).toBe(received[i - 1]!.event.position));
    });

    it('moves its checkpoint only after the bus confirmed, and sends again after a failure', async () => {
      const { store } = opened;
      const inner = setup.bus();
      let confirm!: () => void;
      let failuresLeft = 2;
      const held = new Promise<void>((resolve) => (confirm = resolve));
      const gated: EventBus = {
        ...inner,
        deadLetter: (...args) => inner.deadLetter(...args),
        connected: () => inner.connected(),
        close: () => inner.close(),
        async publish(envelopes) {
          await held;
          if (failuresLeft-- > 0) throw new Error('broker said no');
          return inner.publish(envelopes);
        },
      };
      const start = await store.head();
      const relay = new Relay({
        store,
        bus: gated,
        name: 'confirm',
        onError: quiet,
        checkpointIntervalMs: 10,
      });
      await relay.start();
      const ids = await appendMany(store, 5);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await store.loadCheckpoint('confirm')).toBe(0n);
      expect(relay.position()).toBe(0n);
      confirm();
      await expect
        .poll(() => distinctIds(received).filter((id) => ids.includes(id)).length, { timeout: 5_000 })
        .toBe(5);
      await expect.poll(() => store.loadCheckpoint('confirm')).toBeGreaterThan(start);
      await relay.stop();
    });

    it('saves its checkpoint once per interval and on stop, and marks the newest event it read', async () => {
      const { store } = opened;
      const relay = new Relay({
        store,
        bus: setup.bus(),
        name: 'lazy',
        onError: quiet,
        checkpointIntervalMs: 60_000,
      });
      await relay.start();
      const backlog = await store.head();
      await expect.poll(() => relay.position()).toBe(backlog);

      const appends = Array.from({ length: 5 }, () => single());
      const outcome = await store.append(appends);
      if (outcome.kind !== 'appended') throw new Error(outcome.kind);
      const ids = appends.map((append) => append.events[0]!.eventId);
      await expect.poll(() => relay.position()).toBe(outcome.lastPosition);
      await expect.poll(() => distinctIds(received, ids).length).toBe(5);
      // Read in one batch: only the last of the five was the newest readable event.
      const mine = received.filter((envelope) => ids.includes(envelope.event.eventId));
      expect(mine.map((envelope) => envelope.atHead === true)).toEqual([false, false, false, false, true]);

      expect(await store.loadCheckpoint('lazy')).toBe(0n);
      await relay.stop();
      expect(await store.loadCheckpoint('lazy')).toBe(outcome.lastPosition);
    });

    it('continues the trace recorded with an event appended while no relay ran, and sends it on with the message', async () => {
      const { store } = opened;
      const command = tracing.tracer.startSpan('command');
      command.end();
      const recorded = carrierOf(trace.setSpan(ROOT_CONTEXT, command))!;
      const append = single();
      const event = { ...append.events[0]!, metadata: { ...append.events[0]!.metadata, ...recorded } };
      expect((await store.append([{ ...append, events: [event] }])).kind).toBe('appended');

      // A relay that starts later, as after a restart, reads the event back from the log.
      const relay = new Relay({
        store,
        bus: setup.bus(),
        name: 'traced',
        onError: quiet,
        tracer: tracing.tracer,
      });
      await relay.start();
      await expect
        .poll(() => received.some((envelope) => envelope.event.eventId === event.eventId))
        .toBe(true);
      await relay.stop();

      const send = exporter
        .getFinishedSpans()
        .find((span) => span.parentSpanContext?.spanId === command.spanContext().spanId);
      expect(send?.kind).toBe(SpanKind.PRODUCER);
      expect(send?.spanContext().traceId).toBe(command.spanContext().traceId);
      expect(send?.attributes['messaging.batch.message_count']).toBe(1);
      // On RabbitMQ the consumer read it from the message's headers.
      const delivered = received.find((envelope) => envelope.event.eventId === event.eventId);
      expect(delivered?.trace).toEqual({
        traceparent: `00-${command.spanContext().traceId}-${send!.spanContext().spanId}-01`,
      });
      // Events of no trace are published as they were.
      expect(
        received.filter((envelope) => envelope.event.eventId !== event.eventId && envelope.trace),
      ).toEqual([]);
    });
  });
}

for (const backend of [pgliteBackend, pgBackend]) {
  describe.skipIf(backend.skip !== false)(`relay taking appends handed over, on ${backend.name}`, () => {
    let opened: OpenedStore;
    const bus = new InProcessBus();
    let received: EventEnvelope[];

    beforeAll(async () => {
      opened = await backend.open();
      received = await collect(bus);
    });
    afterAll(async () => {
      await bus.close();
      await opened?.cleanup();
    });

    it('publishes them as they are, and reads the log across a gap', async () => {
      const { store } = opened;
      await appendMany(store, 4);
      const relay = new Relay({ store, bus, name: 'handed', onError: quiet });
      await relay.start();
      const head = await store.head();
      await expect.poll(() => relay.position()).toBe(head);
      const reads = vi.spyOn(store, 'readAllAfter');
      try {
        const live = await appendMany(store, 10);
        await expect.poll(() => distinctIds(received, live).length).toBe(10);
        // On PostgreSQL another suite's transaction, anywhere on the server, can make an append's
        // predecessor uncertain at commit: then that one is read instead, as it should be.
        const delivered = received.filter((envelope) => live.includes(envelope.event.eventId));
        if (backend.name === 'PGlite') {
          expect(reads).not.toHaveBeenCalled();
          // Handed over together, they went out as one batch: its last was the newest.
          expect(delivered.at(-1)!.atHead).toBe(true);
        }
        expect(delivered.map((envelope) => envelope.event)).toEqual(await store.readAllAfter(head, 10));
        await relay.stop();

        // Appended while no relay ran: nothing was handed over, so the next one reads them.
        const whileDown = await appendMany(store, 3);
        reads.mockClear();
        const next = new Relay({ store, bus, name: 'handed', onError: quiet });
        await next.start();
        await expect.poll(() => distinctIds(received, whileDown).length).toBe(3);
        expect(reads).toHaveBeenCalled();
        const after = await appendMany(store, 2);
        await expect.poll(() => distinctIds(received, after).length).toBe(2);
        await next.stop();
        const ids = [...live, ...whileDown, ...after];
        expect(distinctIds(received, ids)).toEqual(ids);
        const positions = received.map((envelope) => envelope.event.position);
        expect(positions.every((position, i) => i === 0 || position > positions[i - 1]!)).toBe(true);
      } finally {
        reads.mockRestore();
      }
    });
  });
}

describe.skipIf(pgBackend.skip !== false || !rabbit.available)('relay through a RabbitMQ outage', () => {
  it('reconnects and resumes from its checkpoint, losing nothing', async () => {
    const opened = await pgBackend.open();
    const names = temporaryRabbitNames();
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(testAmqpUrl).port || 5672) });
    const options = { names, onError: quiet, retryLowMs: 50, retryHighMs: 200 };
    const consumerBus = new RabbitMqBus({ url: testAmqpUrl, ...options });
    const relayBus = new RabbitMqBus({ url: `amqp://guest:guest@127.0.0.1:${proxy.port}`, ...options });
    try {
      const received = await collect(consumerBus);
      const relay = new Relay({ store: opened.store, bus: relayBus, onError: quiet });
      await relay.start();
      const before = await appendMany(opened.store, 10);
      await expect.poll(() => distinctIds(received).length).toBe(10);

      proxy.cut();
      const during = await appendMany(opened.store, 10);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(distinctIds(received)).toEqual(before);
      proxy.restore();

      await expect.poll(() => distinctIds(received).length, { timeout: 15_000 }).toBe(20);
      expect(distinctIds(received)).toEqual([...before, ...during]);
      await relay.stop();
    } finally {
      await relayBus.close();
      await consumerBus.close();
      await proxy.close();
      await names.cleanup();
      await opened.cleanup();
    }
  });
});

describe.skipIf(pgBackend.skip !== false)('relay after a lost LISTEN connection', () => {
  it('publishes what was appended meanwhile, also once it becomes readable only later', async () => {
    const opened = await pgBackend.open();
    const url = new URL(opened.databaseUrl!);
    const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    const proxied = new URL(url);
    proxied.port = String(proxy.port);
    const relayStore = await openPostgresEventStore({ url: proxied.toString(), maxConnections: 2 });
    const bus = new InProcessBus();
    try {
      const received = await collect(bus);
      const relay = new Relay({ store: relayStore, bus, name: 'reconnect', onError: quiet });
      await relay.start();
      const before = await appendMany(opened.store, 2);
      await expect.poll(() => distinctIds(received).length).toBe(2);

      // An older transaction keeps what follows unreadable; its notification is lost in the cut.
      const older = await openOlderTransaction(opened.databaseUrl!);
      proxy.cut();
      const meanwhile = await appendMany(opened.store, 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      proxy.restore();
      // The relay listens again and reads, but finds nothing readable yet.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await older.end();

      // Nothing announces it again: only knowing the log's head keeps the relay looking.
      await expect.poll(() => distinctIds(received).length, { timeout: 5_000 }).toBe(3);
      expect(distinctIds(received)).toEqual([...before, ...meanwhile]);
      await relay.stop();
    } finally {
      await bus.close();
      await relayStore.close();
      await proxy.close();
      await opened.cleanup();
    }
  });
});
