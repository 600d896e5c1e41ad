import { useEffect } from 'react';
import type { TimelineSubject } from './timeline-event';
import { TimelineEvents } from './timeline-events';
import { TimelineTitle } from './timeline-title';
import { useTimeline } from './use-timeline';

/** A product's or an order's timeline beside the view: who did what, when, with the data. */
export function TimelinePanel(props: { subject: TimelineSubject; onClose: () => void }) {
  const { subject, onClose } = props;
  const { state, loadOlder } = useTimeline(subject);

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);

  const events = state.edges.map((edge) => edge.node);
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
      <TimelineEvents events={events} />
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
