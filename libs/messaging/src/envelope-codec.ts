import type { StoredEvent } from '@sluice/event-store';
import type { EventEnvelope } from './event-bus';

/** The JSON an envelope travels as: positions as decimal strings, times as ISO strings. */
interface WireEnvelope {
  event: Omit<StoredEvent, 'position' | 'occurredAt'> & { position: string; occurredAt: string };
  previousPosition: string;
  atHead?: true;
}

export function encodeEnvelope(envelope: EventEnvelope): string {
  const { event } = envelope;
  const wire: WireEnvelope = {
    event: { ...event, position: event.position.toString(), occurredAt: event.occurredAt.toISOString() },
    previousPosition: envelope.previousPosition.toString(),
    ...(envelope.atHead ? { atHead: true as const } : {}),
  };
  return JSON.stringify(wire);
}

export function decodeEnvelope(body: unknown): EventEnvelope {
  const text =
    typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);
  const wire = JSON.parse(text) as WireEnvelope;
  if (typeof wire?.event?.position !== 'string' || typeof wire.previousPosition !== 'string') {
    throw new Error('not an event envelope');
  }
  return {
    event: {
      ...wire.event,
      position: BigInt(wire.event.position),
      occurredAt: new Date(wire.event.occurredAt),
    },
    previousPosition: BigInt(wire.previousPosition),
    ...(wire.atHead === true ? { atHead: true } : {}),
  };
}
