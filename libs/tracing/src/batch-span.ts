import {
  context as contexts,
  trace,
  type Context,
  type Span,
  type SpanOptions,
  type Tracer,
} from '@opentelemetry/api';
import { inSpan } from './in-span';
import { linksTo } from './span-links';
import { contextOf, recordedCarrier } from './trace-carrier';

/** What a batch span needs of an event: the trace context recorded in its metadata. */
interface Traced {
  metadata: Readonly<Record<string, unknown>>;
}

/**
 * Runs `work` on a batch of events in one span. Its parent is `parent`'s span when there is one
 * (the delivery that brought the batch, the projection that applied it); otherwise the trace
 * context recorded with the batch's first traced event. Every other trace the batch carries is
 * linked (see linksTo). A batch with neither a parent nor a traced event has no span: Sluice
 * traces what traced requests caused.
 */
export function inBatchSpan<T>(
  tracer: Tracer,
  name: string,
  options: SpanOptions,
  events: readonly Traced[],
  parent: Context,
  work: (span: Span | undefined) => Promise<T>,
): Promise<T> {
  let within = parent;
  let parentTrace = trace.getSpanContext(parent)?.traceId;
  for (let index = 0; parentTrace === undefined && index < events.length; index++) {
    const carrier = recordedCarrier(events[index]!.metadata);
    if (!carrier) continue;
    within = contextOf(carrier);
    parentTrace = trace.getSpanContext(within)?.traceId;
  }
  if (parentTrace === undefined) return contexts.with(parent, () => work(undefined));
  const links = linksTo(
    events.map((event) => recordedCarrier(event.metadata)),
    parentTrace,
  );
  return inSpan(tracer, name, { ...options, links }, within, work);
}
