import { randomBytes, randomUUID } from 'node:crypto';
import { context, propagation, ProxyTracerProvider, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { authHeader, subscribeWs, testAuthSecret, writeClient, wsClient } from '@sluice/testing';
import { describe, expect, it } from 'vitest';
import { modes, startSystemIn } from './test-support/system-modes';

const embedded = modes[0]!;

describe('traces with no OTLP endpoint set', () => {
  it('registers no tracer provider, context manager or propagator, and records no trace context', async () => {
    const { system, cleanup } = await startSystemIn(embedded, { AUTH_SECRET: testAuthSecret });
    const operator = await authHeader('operator');
    const client = wsClient(system.readUrl, operator);
    try {
      const pushed = subscribeWs<{ productChanged: { id: string } }>(
        client,
        'subscription { productChanged { id } }',
      );
      const traceparent = `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
      const write = writeClient(system.writeUrl, { ...operator, traceparent });
      const registered = new Set<string>();
      const pushedOne = () => pushed.items.find((item) => registered.has(item.productChanged.id));
      // Registered until one is pushed: the subscription is live from some point on.
      await expect
        .poll(
          async () => {
            const sku = `OFF-${randomUUID().slice(0, 8).toUpperCase()}`;
            if (!pushedOne())
              registered.add((await write.registerProduct({ sku, name: sku, priceCents: 100 })).id);
            return pushedOne() !== undefined;
          },
          { timeout: 10_000, interval: 200 },
        )
        .toBe(true);

      const provider = trace.getTracerProvider();
      expect(provider).toBeInstanceOf(ProxyTracerProvider);
      const probe = (provider as ProxyTracerProvider).getDelegate().getTracer('probe').startSpan('probe');
      expect(probe.isRecording()).toBe(false);
      expect(propagation.fields()).toEqual([]);
      expect(context.with(trace.setSpan(ROOT_CONTEXT, probe), () => context.active())).toBe(ROOT_CONTEXT);

      const productId = pushedOne()!.productChanged.id;
      const streams = await system.store.readStreams([{ streamId: productId, afterVersion: 0 }]);
      const [event] = streams.get(productId) ?? [];
      expect(event?.metadata).toBeDefined();
      expect(event?.metadata).not.toHaveProperty('traceparent');
      expect(event?.metadata).not.toHaveProperty('tracestate');
    } finally {
      await client.dispose();
      await cleanup();
    }
  });
});
