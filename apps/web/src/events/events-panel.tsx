import { useAppServices } from '../app-services';
import { useObservable } from '../live/observable';

export function EventsPanel() {
  const { store } = useAppServices();
  const { recent, received, cursor } = useObservable(store.events);
  return (
    <section className="panel events" aria-label="Event log">
      <h2>
        Event log{' '}
        <span className="sub">
          {received} received · at position {cursor ?? '…'}
        </span>
      </h2>
      <ol className="event-feed">
        {recent.map((event) => (
          <li key={event.position} data-position={event.position} data-type={event.type}>
            <span className="event-type">{event.type}</span>
            <span className="sub" title={event.streamId}>
              {event.streamId.slice(0, 20)}
            </span>
            <time className="sub" dateTime={event.occurredAt}>
              {new Date(event.occurredAt).toLocaleTimeString()}
            </time>
          </li>
        ))}
        {recent.length === 0 && <li className="empty">Waiting for events…</li>}
      </ol>
    </section>
  );
}
