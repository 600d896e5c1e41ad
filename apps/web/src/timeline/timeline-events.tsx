import { TimelineEntry } from './timeline-entry';
import type { TimelineEvent } from './timeline-event';

/**
 * The events it is given, newest first. It knows nothing of where they came from, so the same
 * list can show an entity's state as of another time.
 */
export function TimelineEvents({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <ol className="timeline-events" aria-label="Events">
      {events.map((event) => (
        <TimelineEntry key={event.id} event={event} />
      ))}
    </ol>
  );
}
