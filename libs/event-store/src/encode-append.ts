import type { CommandRecord } from './command-record';
import type { StreamAppend } from './stored-event';

/** The largest append: the index in an append is the low 16 bits of a position. */
export const MAX_EVENTS_PER_APPEND = 65_536;

/** An append as JSON, one entry of `sluice_append_batch`; event versions follow each expected version. */
export interface EncodedAppend {
  streams: string;
  events: string;
  command: string | null;
  eventCount: number;
}

export function encodeAppend(appends: readonly StreamAppend[], record?: CommandRecord): EncodedAppend {
  const seen = new Set<string>();
  const events: Array<Record<string, unknown>> = [];
  for (const append of appends) {
    if (seen.has(append.streamId)) throw new Error(`stream ${append.streamId} appears twice in one append`);
    seen.add(append.streamId);
    append.events.forEach((event, index) =>
      events.push({ ...event, streamId: append.streamId, version: append.expectedVersion + index + 1 }),
    );
  }
  if (events.length === 0 || events.length > MAX_EVENTS_PER_APPEND) {
    throw new Error(`an append holds 1 to ${MAX_EVENTS_PER_APPEND} events, not ${events.length}`);
  }
  return {
    streams: JSON.stringify(appends.map(({ streamId, expectedVersion }) => ({ streamId, expectedVersion }))),
    events: JSON.stringify(events),
    command: record ? JSON.stringify(record) : null,
    eventCount: events.length,
  };
}

/** Appends as the one JSON argument of `sluice_append_batch`, from their encoded parts. */
export function encodeBatch(batch: readonly EncodedAppend[]): string {
  return `[${batch.map(({ streams, events, command }) => `{"streams":${streams},"events":${events},"command":${command ?? 'null'}}`).join(',')}]`;
}
