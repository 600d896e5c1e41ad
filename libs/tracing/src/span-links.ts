import { trace, type Link } from '@opentelemetry/api';
import { contextOf, type TraceCarrier } from './trace-carrier';

/** OpenTelemetry's default link limit per span (OTEL_SPAN_LINK_COUNT_LIMIT): more would be dropped. */
const MAX_LINKS = 128;

/**
 * Links to the distinct trace contexts of many events, up to OpenTelemetry's default limit,
 * leaving out those of `exceptTrace` (the trace the span itself is in). A batch that carries
 * events of many traces is one span with a link to each: a span per event would be thousands of
 * spans for one backlog.
 */
export function linksTo(
  carriers: Iterable<TraceCarrier | undefined>,
  exceptTrace?: string,
  max = MAX_LINKS,
): Link[] {
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const carrier of carriers) {
    if (links.length >= max) break;
    if (!carrier || seen.has(carrier.traceparent)) continue;
    seen.add(carrier.traceparent);
    const context = trace.getSpanContext(contextOf(carrier));
    if (context && context.traceId !== exceptTrace) links.push({ context });
  }
  return links;
}
