import { propagation, ROOT_CONTEXT, trace, type Context } from '@opentelemetry/api';

/**
 * A W3C trace context as it travels with an event: in its metadata, so that it outlives the
 * outbox (the relay publishes later, maybe in another process, maybe after a restart), and in
 * its AMQP message's headers. Only these two fields: a client's baggage never reaches the log.
 */
// A type, not an interface: it is also a plain record of headers.
export type TraceCarrier = {
  traceparent: string;
  tracestate?: string;
};

/**
 * The context's span as a carrier, written by the registered propagator (W3C trace context, see
 * start-tracing.ts); undefined without a valid span or propagator.
 */
export function carrierOf(context: Context): TraceCarrier | undefined {
  if (!trace.getSpanContext(context)) return undefined;
  const carrier: Partial<TraceCarrier> = {};
  propagation.inject(context, carrier);
  return carrier.traceparent === undefined ? undefined : (carrier as TraceCarrier);
}

/** A context whose remote parent is the carrier's span (the root context for a malformed one). */
export function contextOf(carrier: Readonly<Record<string, unknown>>): Context {
  return propagation.extract(ROOT_CONTEXT, carrier, textGetter);
}

/** The carrier an event's metadata (or a message's headers) holds, if it holds one. */
export function recordedCarrier(
  fields: Readonly<Record<string, unknown>> | undefined,
): TraceCarrier | undefined {
  const traceparent = fields?.traceparent;
  if (typeof traceparent !== 'string') return undefined;
  const tracestate = fields?.tracestate;
  return typeof tracestate === 'string' ? { traceparent, tracestate } : { traceparent };
}

/** Reads string fields only: AMQP headers may hold numbers, buffers or tables. */
const textGetter = {
  keys: (carrier: Readonly<Record<string, unknown>>) => Object.keys(carrier),
  get: (carrier: Readonly<Record<string, unknown>>, key: string) => {
    const value = carrier[key];
    return typeof value === 'string' ? value : undefined;
  },
};
