import { useCallback, useState } from 'react';
import type { TimelineSubject } from './timeline-event';

/** Which timeline a view has open, if any; `open` and `close` keep their identity across renders. */
export function useOpenedTimeline() {
  const [subject, setSubject] = useState<TimelineSubject>();
  const openProduct = useCallback((id: string) => setSubject({ kind: 'product', id }), []);
  const openOrder = useCallback((id: string) => setSubject({ kind: 'order', id }), []);
  const close = useCallback(() => setSubject(undefined), []);
  return { subject, openProduct, openOrder, close };
}
