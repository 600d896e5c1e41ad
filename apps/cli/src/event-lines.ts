import type { StoredEvent } from '@sluice/event-store';
import { table } from './table';

/** Events as an operator reads them: where each is in the log and in its stream, what and when, and its data. */
export function eventLines(events: readonly StoredEvent[]): string {
  return table(
    ['position', 'stream', 'version', 'type', 'recorded at', 'data'],
    events.map((event) => [
      String(event.position),
      event.streamId,
      String(event.version),
      event.type,
      event.occurredAt.toISOString(),
      JSON.stringify(event.data),
    ]),
  );
}
