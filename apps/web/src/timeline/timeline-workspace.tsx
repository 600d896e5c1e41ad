import type { ReactNode } from 'react';
import type { TimelineSubject } from './timeline-event';
import { TimelinePanel } from './timeline-panel';

/**
 * A view's panels, with the timeline of what was opened beside them. The wrapper stays the same
 * whether a timeline is open or not, so opening one does not start the view's panels afresh.
 */
export function TimelineWorkspace(props: {
  subject: TimelineSubject | undefined;
  onClose: () => void;
  children: ReactNode;
}) {
  const { subject, onClose, children } = props;
  return (
    <div className={subject ? 'workspace workspace-timeline' : 'workspace'}>
      {children}
      {subject && <TimelinePanel key={`${subject.kind}:${subject.id}`} subject={subject} onClose={onClose} />}
    </div>
  );
}
