import { useEffect, useRef, useState } from 'react';
import { useAppServices } from '../app-services';
import { readPastState, type PastState } from './past-state';
import type { TimelineEvent, TimelineSubject } from './timeline-event';

export interface PastStateView {
  /** The last past state that arrived; it stays while the next one loads. */
  shown: PastState | undefined;
  loading: boolean;
  error: string | undefined;
}

/**
 * The subject as of `event`, or nothing at now. The answers stay in this panel and never reach
 * the dashboard store: they carry the live entity's id, and the rest of the page shows the present.
 * A past does not change, so each position is read once per panel.
 */
export function usePastState(subject: TimelineSubject, event: TimelineEvent | undefined): PastStateView {
  const { api } = useAppServices();
  const read = useRef(new Map<string, PastState>());
  const [view, setView] = useState<PastStateView>({ shown: undefined, loading: false, error: undefined });

  useEffect(() => {
    if (!event) return;
    const known = read.current.get(event.position);
    if (known) {
      setView({ shown: known, loading: false, error: undefined });
      return;
    }
    let current = true;
    setView((before) => ({ ...before, loading: true, error: undefined }));
    readPastState(api, subject, event)
      .then((past) => {
        read.current.set(event.position, past);
        if (current) setView({ shown: past, loading: false, error: undefined });
      })
      .catch((error: unknown) => {
        if (current)
          setView((before) => ({
            ...before,
            loading: false,
            error: `Could not read the state then: ${error instanceof Error ? error.message : String(error)}`,
          }));
      });
    return () => {
      current = false;
    };
    // A panel lives for one subject (it is keyed by it), and a new copy of an event is the same past.
  }, [api, event?.position]);

  return event ? view : { shown: undefined, loading: false, error: undefined };
}
