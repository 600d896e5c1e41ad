import { SpanKind, type Tracer } from '@opentelemetry/api';
import {
  contextOf,
  inSpan,
  MESSAGING_DESTINATION_NAME,
  MESSAGING_MESSAGE_ID,
  MESSAGING_OPERATION_NAME,
  MESSAGING_OPERATION_TYPE,
  MESSAGING_SYSTEM,
  recordedCarrier,
  SLUICE_EVENT_TYPE,
  SLUICE_POSITION,
} from '@sluice/tracing';
import type { EventBus, EventEnvelope } from './event-bus';

/**
 * Handles a delivery in a consumer span, the child of the relay's publish span that the envelope
 * carries (else of the context recorded with the event, if the relay did not trace). What the
 * handler starts, the projections' batch, is the consumer span's child. An event recorded without
 * a trace context is handled untraced.
 */
export function inConsumeSpan(
  tracer: Tracer,
  bus: EventBus,
  envelope: EventEnvelope,
  handle: () => Promise<void>,
): Promise<void> {
  const carrier = envelope.trace ?? recordedCarrier(envelope.event.metadata);
  if (!carrier) return handle();
  const { event } = envelope;
  return inSpan(
    tracer,
    `process ${bus.messaging.consumeFrom}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        [MESSAGING_SYSTEM]: bus.messaging.system,
        [MESSAGING_DESTINATION_NAME]: bus.messaging.consumeFrom,
        [MESSAGING_OPERATION_TYPE]: 'process',
        [MESSAGING_OPERATION_NAME]: 'process',
        [MESSAGING_MESSAGE_ID]: event.eventId,
        [SLUICE_POSITION]: String(event.position),
        [SLUICE_EVENT_TYPE]: event.type,
      },
    },
    contextOf(carrier),
    handle,
  );
}
