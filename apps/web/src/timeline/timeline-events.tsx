import { hasHappenedBy, type AsOfPoint } from './as-of-stops';
import { TimelineEntry } from './timeline-entry';
import type { TimelineEvent } from './timeline-event';

/**
 * The events it is given, newest first. It knows nothing of where they came from; at a point in
 * the past, the events up to it stand out and the later ones fade.
 */
export function TimelineEvents(props: { events: readonly TimelineEvent[]; point: AsOfPoint }) {
  const { events, point } = props;
  return (
    <ol
      className={point === 'now' ? 'timeline-events' : 'timeline-events timeline-events-past'}
      aria-label="Events"
    >
      {events.map((event) => (
        <TimelineEntry
          key={event.id}
          event={event}
          happened={hasHappenedBy(event, point)}
          current={event.version === point}
        />
      ))}
    </ol>
  );
}
