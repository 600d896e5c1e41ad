import { ROOT_CONTEXT, SpanKind, trace, type Span, type Tracer } from '@opentelemetry/api';
import {
  carrierOf,
  contextOf,
  failed,
  MESSAGING_BATCH_MESSAGE_COUNT,
  MESSAGING_DESTINATION_NAME,
  MESSAGING_OPERATION_NAME,
  MESSAGING_OPERATION_TYPE,
  MESSAGING_SYSTEM,
  recordedCarrier,
  SLUICE_LAST_POSITION,
  SLUICE_POSITION,
  type TraceCarrier,
} from '@sluice/tracing';
import type { EventBus, EventEnvelope } from './event-bus';

interface PublishSpan {
  span: Span;
  carrier: TraceCarrier | undefined;
  messages: number;
}

/**
 * Publishes a batch with one producer span per trace it carries. The events of one command share
 * the trace context recorded in their metadata, and their span is that context's child: a
 * mutation's trace goes on through the relay, however much later and in whichever process it
 * publishes. Each envelope carries its span's context on (in the AMQP headers), so the consumer's
 * span is that span's child. Events recorded without a trace context go untraced: no request's
 * trace holds them. A span lasts until the bus confirmed the whole batch.
 */
export async function publishSpans(tracer: Tracer, bus: EventBus, envelopes: EventEnvelope[]): Promise<void> {
  const spans = new Map<string, PublishSpan>();
  for (let index = 0; index < envelopes.length; index++) {
    const envelope = envelopes[index]!;
    const recorded = recordedCarrier(envelope.event.metadata);
    if (!recorded) continue;
    let publishing = spans.get(recorded.traceparent);
    if (!publishing) {
      const span = tracer.startSpan(
        `send ${bus.messaging.publishTo}`,
        {
          kind: SpanKind.PRODUCER,
          attributes: {
            [MESSAGING_SYSTEM]: bus.messaging.system,
            [MESSAGING_DESTINATION_NAME]: bus.messaging.publishTo,
            [MESSAGING_OPERATION_TYPE]: 'send',
            [MESSAGING_OPERATION_NAME]: 'send',
            [SLUICE_POSITION]: String(envelope.event.position),
          },
        },
        contextOf(recorded),
      );
      publishing = { span, carrier: carrierOf(trace.setSpan(ROOT_CONTEXT, span)), messages: 0 };
      spans.set(recorded.traceparent, publishing);
    }
    publishing.messages++;
    publishing.span.setAttribute(SLUICE_LAST_POSITION, String(envelope.event.position));
    if (publishing.carrier) envelopes[index] = { ...envelope, trace: publishing.carrier };
  }
  try {
    await bus.publish(envelopes);
  } catch (error) {
    for (const { span } of spans.values()) failed(span, error);
    throw error;
  } finally {
    for (const { span, messages } of spans.values()) {
      span.setAttribute(MESSAGING_BATCH_MESSAGE_COUNT, messages);
      span.end();
    }
  }
}
