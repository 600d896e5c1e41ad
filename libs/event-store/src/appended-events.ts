import type { StoredEvent } from './stored-event';

/**
 * An append as the log now holds it, and the position of the event right before it. Known only
 * where every append goes through one connection, one at a time (PGlite): nothing can commit
 * between the two later, so a follower standing at `previousPosition` may take these events as
 * they are instead of reading them back.
 */
export interface AppendedEvents {
  previousPosition: bigint;
  events: StoredEvent[];
}

/**
 * The stored form of an append's events, as a read of the log would give them: positions
 * counted back from the last, and data and metadata as they come out of jsonb (what JSON keeps,
 * keys in jsonb's order), so that a follower cannot tell the two apart.
 */
export function appendedEvents(
  encodedEvents: string,
  lastPosition: bigint,
  previousPosition: bigint,
  occurredAt: Date,
): AppendedEvents {
  const encoded = JSON.parse(encodedEvents) as Array<{
    eventId: string;
    streamId: string;
    version: number;
    type: string;
    data: unknown;
    metadata: Record<string, unknown>;
  }>;
  const first = lastPosition - BigInt(encoded.length - 1);
  return {
    previousPosition,
    events: encoded.map((event, index) => ({
      position: first + BigInt(index),
      eventId: event.eventId,
      streamId: event.streamId,
      version: event.version,
      type: event.type,
      data: inJsonbKeyOrder(event.data),
      metadata: inJsonbKeyOrder(event.metadata) as Record<string, unknown>,
      occurredAt,
    })),
  };
}

/** jsonb stores an object's keys shorter first, then by their UTF-8 bytes. */
export function inJsonbKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inJsonbKeyOrder);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, inner]) => [Buffer.from(key), key, inJsonbKeyOrder(inner)] as const,
  );
  entries.sort(([a], [b]) => a.length - b.length || Buffer.compare(a, b));
  return Object.fromEntries(entries.map(([, key, inner]) => [key, inner]));
}
