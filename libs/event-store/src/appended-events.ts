import type { StoredEvent } from './stored-event';

/**
 * An append as the log now holds it, and the position of the event right before it, handed over
 * when that predecessor was already final at commit: no older transaction was still running, so
 * nothing can commit between the two later (see migrations/0007_append_batch.sql). A follower
 * standing at `previousPosition` may take these events as they are instead of reading them back.
 */
export interface AppendedEvents {
  previousPosition: bigint;
  /** Built when first read, so that handing an append over costs its appender nothing. */
  readonly events: readonly StoredEvent[];
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
  let events: StoredEvent[] | undefined;
  const stored = (): StoredEvent[] => {
    // What encodeAppend wrote: each event with its stream and version, as JSON.
    const encoded = JSON.parse(encodedEvents) as Array<Omit<StoredEvent, 'position' | 'occurredAt'>>;
    const first = lastPosition - BigInt(encoded.length - 1);
    return encoded.map((event, index) => ({
      position: first + BigInt(index),
      eventId: canonicalUuid(event.eventId),
      streamId: event.streamId,
      version: event.version,
      type: event.type,
      data: inJsonbKeyOrder(event.data),
      metadata: inJsonbKeyOrder(event.metadata) as Record<string, unknown>,
      occurredAt,
    }));
  };
  return {
    previousPosition,
    get events() {
      return (events ??= stored());
    },
  };
}

/** A uuid as PostgreSQL prints it (it also takes upper case, braces and no hyphens). */
function canonicalUuid(id: string): string {
  const hex = id.replace(/[{}-]/g, '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** jsonb stores an object's keys shorter first, then by their UTF-8 bytes. */
function inJsonbKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inJsonbKeyOrder);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, inner]) => [Buffer.from(key), key, inJsonbKeyOrder(inner)] as const,
  );
  entries.sort(([a], [b]) => a.length - b.length || Buffer.compare(a, b));
  return Object.fromEntries(entries.map(([, key, inner]) => [key, inner]));
}
