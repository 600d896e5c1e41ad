import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { inBatchSpan } from './batch-span';
import { carrierOf } from './trace-carrier';
import { startTracing } from './start-tracing';

const exporter = new InMemorySpanExporter();
const tracing = startTracing({ serviceName: 'batch-spec', exporter });
const { tracer } = tracing;
afterAll(() => tracing.shutdown());
beforeEach(() => exporter.reset());

/** An event as a traced command would have written it: its span's context in its metadata. */
function eventOfNewTrace() {
  const span = tracer.startSpan('command');
  span.end();
  return { metadata: { ...carrierOf(trace.setSpan(ROOT_CONTEXT, span)) }, span };
}

const batchOf = (events: Array<{ metadata: Record<string, unknown> }>, parent = ROOT_CONTEXT) =>
  inBatchSpan(tracer, 'batch', { kind: SpanKind.INTERNAL }, events, parent, (span) =>
    Promise.resolve({ span, active: trace.getActiveSpan() }),
  );

describe('a span for a batch of events of many traces', () => {
  it('is the child of the active span, links every other trace once, and is active while it works', async () => {
    const [first, second, third] = [eventOfNewTrace(), eventOfNewTrace(), eventOfNewTrace()];
    // The delivery is in the first event's trace: that trace holds the batch's span, not a link.
    const delivery = tracer.startSpan('delivery', {}, trace.setSpan(ROOT_CONTEXT, first.span));
    const { span, active } = await batchOf(
      [first, second, second, third, { metadata: {} }],
      trace.setSpan(ROOT_CONTEXT, delivery),
    );
    delivery.end();
    const [recorded] = exporter.getFinishedSpans().filter((finished) => finished.name === 'batch');
    expect(active).toBe(span);
    expect(recorded!.spanContext().traceId).toBe(first.span.spanContext().traceId);
    expect(recorded!.parentSpanContext?.spanId).toBe(delivery.spanContext().spanId);
    expect(recorded!.links.map((link) => link.context.spanId)).toEqual([
      second.span.spanContext().spanId,
      third.span.spanContext().spanId,
    ]);
  });

  it('without an active span, continues the first traced event and links the others', async () => {
    const [first, second] = [eventOfNewTrace(), eventOfNewTrace()];
    await batchOf([{ metadata: {} }, first, second]);
    const [recorded] = exporter.getFinishedSpans().filter((finished) => finished.name === 'batch');
    expect(recorded!.parentSpanContext?.spanId).toBe(first.span.spanContext().spanId);
    expect(recorded!.links.map((link) => link.context.spanId)).toEqual([second.span.spanContext().spanId]);
  });

  it('is no span at all for events of no trace (or a malformed one) without an active span', async () => {
    const { span, active } = await batchOf([{ metadata: {} }, { metadata: { traceparent: 'not one' } }]);
    expect(span).toBeUndefined();
    expect(active).toBeUndefined();
    expect(exporter.getFinishedSpans().filter((finished) => finished.name === 'batch')).toEqual([]);
  });

  it('links at most 128 traces, OpenTelemetry’s default limit', async () => {
    const events = Array.from({ length: 200 }, () => eventOfNewTrace());
    await batchOf(events);
    const [recorded] = exporter.getFinishedSpans().filter((finished) => finished.name === 'batch');
    expect(recorded!.links).toHaveLength(128);
  });
});
