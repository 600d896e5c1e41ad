import type { CommandRecord } from './command-record';
import type { StreamAppend } from './stored-event';

/** The largest append: the index in an append is the low 16 bits of a position. */
export const MAX_EVENTS_PER_APPEND = 65_536;

/** The three JSON arguments of `sluice_append`; event versions follow each expected version. */
export function encodeAppend(
  appends: readonly StreamAppend[],
  record?: CommandRecord,
): { streams: string; events: string; command: string | null } {
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
  };
}
