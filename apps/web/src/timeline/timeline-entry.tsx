import { actorLabel } from './actor-label';
import { eventSentence } from './event-sentence';
import type { TimelineEvent } from './timeline-event';

/**
 * One event: what happened, who did it, when and by which command, and its data as recorded.
 * `happened`: by the slider's point; `current`: the point stands on it.
 */
export function TimelineEntry(props: { event: TimelineEvent; happened: boolean; current: boolean }) {
  const { event, happened, current } = props;
  return (
    <li
      className="timeline-entry"
      data-happened={happened}
      aria-current={current ? 'step' : undefined}
      data-event-type={event.type}
      data-version={event.version}
      data-position={event.position}
    >
      <p className="timeline-sentence" data-cell="sentence">
        {eventSentence(event)}
      </p>
      <p className="sub timeline-meta">
        <span data-cell="actor">{actorLabel(event.actor)}</span>
        <time data-cell="recorded-at" dateTime={event.recordedAt}>
          {new Date(event.recordedAt).toLocaleString()}
        </time>
        <span data-cell="position">position {event.position}</span>
        {event.command && (
          <code data-cell="command" title={event.command.commandId ?? undefined}>
            {event.command.name}
          </code>
        )}
      </p>
      <details className="timeline-data">
        <summary>Data</summary>
        <pre data-cell="data">{JSON.stringify(event.data, null, 2)}</pre>
      </details>
    </li>
  );
}
