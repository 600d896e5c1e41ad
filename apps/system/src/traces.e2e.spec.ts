import { randomBytes, randomUUID } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import {
  authHeader,
  subscribeWs,
  testAuthSecret,
  writeClient,
  wsClient,
  type Received,
} from '@sluice/testing';
import { startTracing, type Tracing } from '@sluice/tracing/sdk';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningSystem } from './start-system';
import { modes, startSystemIn } from './test-support/system-modes';

const productChanged = `subscription { productChanged { id sku } }`;

// One provider for the file: OpenTelemetry's API takes one global registration per process.
const exporter = new InMemorySpanExporter();
let tracing: Tracing;
beforeAll(() => {
  tracing = startTracing({ serviceName: 'sluice', exporter });
});
afterAll(async () => {
  await tracing.shutdown();
});

/** The finished spans of one trace. */
function spansOf(traceId: string): ReadableSpan[] {
  return exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
}

/** A span and its ancestors in its trace, as far as they were recorded: [span, parent, …]. */
function ancestry(span: ReadableSpan, spans: readonly ReadableSpan[]): ReadableSpan[] {
  const chain = [span];
  for (let parent = span.parentSpanContext; parent;) {
    const found = spans.find((candidate) => candidate.spanContext().spanId === parent!.spanId);
    if (!found) break;
    chain.push(found);
    parent = found.parentSpanContext;
  }
  return chain;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

for (const mode of modes) {
  describe.skipIf(mode.skip !== false)(`traces on ${mode.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void>;
    let client: Client;
    let operator: { authorization: string };
    let pushed: Received<{ productChanged: { id: string; sku: string } }>;
    const rabbit = mode.name.includes('RabbitMQ');

    beforeAll(async () => {
      ({ system, cleanup } = await startSystemIn(mode, { AUTH_SECRET: testAuthSecret }, { tracing }));
      operator = await authHeader('operator');
      client = wsClient(system.readUrl, operator);
      pushed = subscribeWs(client, productChanged);
      // Live once a product registered now is pushed to it.
      const write = writeClient(system.writeUrl);
      await vi.waitFor(
        async () => {
          const sku = `LIVE-${randomUUID().slice(0, 8).toUpperCase()}`;
          await write.registerProduct({ sku, name: sku, priceCents: 100 });
          if (pushed.items.length === 0) throw new Error('the subscription is not live yet');
        },
        { timeout: 10_000, interval: 200 },
      );
    });

    afterAll(async () => {
      await client?.dispose();
      await cleanup?.();
    });

    /** Registers a product with these extra headers; waits until its state was pushed. */
    async function registerAndSeePushed(headers: Record<string, string> = {}) {
      const sku = `TRACE-${randomUUID().slice(0, 8).toUpperCase()}`;
      const accepted = await writeClient(system.writeUrl, { ...operator, ...headers }).registerProduct({
        sku,
        name: sku,
        priceCents: 1200,
      });
      await expect.poll(() => pushed.items.some((item) => item.productChanged.id === accepted.id)).toBe(true);
      return accepted;
    }

    /** The trace context recorded in the metadata of a stream's first event, as the log holds it. */
    async function recordedTraceparent(streamId: string): Promise<unknown> {
      const streams = await system.store.readStreams([{ streamId, afterVersion: 0 }]);
      return streams.get(streamId)?.[0]?.metadata.traceparent;
    }

    /** The trace's push to the subscriber, once finished, with its line of ancestors. */
    async function pushChain(traceId: string): Promise<ReadableSpan[]> {
      let chain: ReadableSpan[] = [];
      await expect
        .poll(
          () => {
            const spans = spansOf(traceId);
            const push = spans.find(
              (span) =>
                span.name === 'push subscriptions' &&
                Number(span.attributes['sluice.push.subscriptions']) >= 1,
            );
            chain = push ? ancestry(push, spans) : [];
            return chain.length;
          },
          { timeout: 5_000 },
        )
        .toBe(6);
      return chain;
    }

    it('follows a mutation through the log, the relay, the bus and the projections to the subscriber, in one trace', async () => {
      const traceId = hex(16);
      const clientSpanId = hex(8);
      const accepted = await registerAndSeePushed({ traceparent: `00-${traceId}-${clientSpanId}-01` });

      const chain = await pushChain(traceId);
      const [push, apply, consume, publish, command, server] = chain as [
        ReadableSpan,
        ReadableSpan,
        ReadableSpan,
        ReadableSpan,
        ReadableSpan,
        ReadableSpan,
      ];
      expect(chain.map((span) => [span.name, span.kind])).toEqual([
        ['push subscriptions', SpanKind.PRODUCER],
        ['apply projections', SpanKind.INTERNAL],
        [`process ${String(consume.attributes['messaging.destination.name'])}`, SpanKind.CONSUMER],
        [`send ${String(publish.attributes['messaging.destination.name'])}`, SpanKind.PRODUCER],
        ['command registerProduct', SpanKind.INTERNAL],
        ['mutation registerProduct', SpanKind.SERVER],
      ]);
      // The client's span is the server span's parent: its trace goes on.
      expect(server.parentSpanContext?.spanId).toBe(clientSpanId);
      expect(server.attributes['http.response.status_code']).toBe(200);
      expect(command.attributes['sluice.command.result']).toBe('CommandAccepted');
      expect(publish.attributes['messaging.system']).toBe(rabbit ? 'rabbitmq' : 'sluice.in_process');
      expect(consume.attributes['messaging.system']).toBe(rabbit ? 'rabbitmq' : 'sluice.in_process');
      if (rabbit) {
        expect(publish.attributes['messaging.destination.name']).toMatch(/\.events$/);
        expect(consume.attributes['messaging.destination.name']).toMatch(/\.projections$/);
      }
      expect(consume.attributes['messaging.message.id']).toEqual(expect.any(String));
      expect(Number(apply.attributes['sluice.events'])).toBeGreaterThanOrEqual(1);
      expect(Number(push.attributes['sluice.push.states'])).toBeGreaterThanOrEqual(1);
      expect(push.resource.attributes['service.name']).toBe('sluice');

      // The context the relay continued is the command's, as the log holds it with the events.
      expect(await recordedTraceparent(accepted.id)).toBe(`00-${traceId}-${command.spanContext().spanId}-01`);
      expect(publish.parentSpanContext?.spanId).toBe(command.spanContext().spanId);
    });

    it('starts a trace of its own for a request that sent none', async () => {
      const accepted = await registerAndSeePushed();
      const traceparent = String(await recordedTraceparent(accepted.id));
      expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      const traceId = traceparent.split('-')[1]!;

      const chain = await pushChain(traceId);
      const server = chain.at(-1)!;
      expect(server.kind).toBe(SpanKind.SERVER);
      expect(server.parentSpanContext).toBeUndefined();
      expect(spansOf(traceId).every((span) => span.spanContext().traceId === traceId)).toBe(true);
    });
  });
}
