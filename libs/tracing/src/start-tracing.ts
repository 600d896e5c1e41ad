import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Tracing } from './tracing';

export type { Tracing } from './tracing';

export interface TracingOptions {
  /** The service's name, unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES name another. */
  serviceName: string;
  /**
   * Where finished spans go, each as it ends (a test's in-memory exporter). By default, OTLP over
   * HTTP in batches, configured by the standard variables: OTEL_EXPORTER_OTLP_ENDPOINT (or
   * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), _HEADERS, _TIMEOUT, _COMPRESSION, and OTEL_BSP_*.
   */
  exporter?: SpanExporter;
}

/**
 * Registers a tracer provider as OpenTelemetry's global one, with the AsyncLocalStorage context
 * manager (a span started while another is active is its child, across awaits) and the W3C
 * trace-context propagator alone (traceparent and tracestate: a client's baggage is not taken
 * in). Sampling follows OTEL_TRACES_SAMPLER, by default the parent's decision, else always.
 *
 * No instrumentation patches any module: the spans are Sluice's own, at its seams (see the README).
 */
export function startTracing(options: TracingOptions): Tracing {
  const resource = defaultResource()
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }))
    .merge(detectResources({ detectors: [envDetector] }));
  const processor = options.exporter
    ? new SimpleSpanProcessor(options.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new NodeTracerProvider({ resource, spanProcessors: [processor] });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return {
    tracer: provider.getTracer('sluice'),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
