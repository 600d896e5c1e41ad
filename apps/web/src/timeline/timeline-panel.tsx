import { useEffect, useState } from 'react';
import { AsOfCard } from './as-of-card';
import { AsOfSlider } from './as-of-slider';
import { eventAt, stopsOf, type AsOfPoint } from './as-of-stops';
import type { TimelineSubject } from './timeline-event';
import { TimelineEvents } from './timeline-events';
import { TimelineTitle } from './timeline-title';
import { usePastState } from './use-past-state';
import { useTimeline } from './use-timeline';

/**
 * A product's or an order's timeline beside the view: who did what, when, with the data, and a
 * slider that shows the entity as it was after any of the loaded events.
 */
export function TimelinePanel(props: { subject: TimelineSubject; onClose: () => void }) {
  const { subject, onClose } = props;
  const { state, loadOlder } = useTimeline(subject);
  const [point, setPoint] = useState<AsOfPoint>('now');

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);

  const events = state.edges.map((edge) => edge.node);
  const stops = stopsOf(events);
  const pastEvent = eventAt(stops, point);
  const past = usePastState(subject, pastEvent);
  return (
    <aside
      className="panel timeline"
      aria-label="Timeline"
      data-subject-kind={subject.kind}
      data-subject-id={subject.id}
    >
      <header className="timeline-header">
        <div>
          <TimelineTitle subject={subject} />
          <span className="sub">Timeline, newest first</span>
        </div>
        <button type="button" className="link" aria-label="Close the timeline" onClick={onClose}>
          ✕
        </button>
      </header>
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      {events.length > 0 && (
        <>
          <AsOfSlider stops={stops} point={point} onChange={setPoint} />
          <AsOfCard subject={subject} atNow={pastEvent === undefined} past={past} />
        </>
      )}
      <TimelineEvents events={events} point={pastEvent ? point : 'now'} />
      {state.loading && <p className="empty">Loading…</p>}
      {!state.loading && events.length === 0 && !state.error && <p className="empty">No events.</p>}
      {state.hasOlder && (
        <div className="form-buttons">
          <button type="button" className="secondary" onClick={loadOlder}>
            Load more
          </button>
        </div>
      )}
    </aside>
  );
}
