import { useEffect, useState, useSyncExternalStore } from 'react';
import { useAppServices } from '../app-services';
import { onEntityChange } from '../live/entity-changes';
import type { TimelineSubject } from './timeline-event';
import { TimelineLoader } from './timeline-loader';
import { emptyTimeline } from './timeline-state';

const nothingToFollow = () => () => undefined;

/**
 * The subject's history, following it live: each new copy of the entity the dashboard receives
 * (its subscriptions already push every product and order the user may see) reads the events that
 * came after the newest one shown. It works alike for a customer, who may not follow the raw log.
 */
export function useTimeline(subject: TimelineSubject) {
  const { api, store } = useAppServices();
  const [loader, setLoader] = useState<TimelineLoader>();
  const { kind, id } = subject;

  useEffect(() => {
    const opened = new TimelineLoader(api, { kind, id });
    const catchUp = () => opened.catchUp();
    const stop =
      kind === 'product'
        ? onEntityChange(store.products, id, catchUp)
        : onEntityChange(store.orders, id, catchUp);
    setLoader(opened);
    return () => {
      stop();
      opened.close();
    };
  }, [api, store, kind, id]);

  const state = useSyncExternalStore(
    loader?.subscribe ?? nothingToFollow,
    () => loader?.current ?? emptyTimeline,
  );
  return { state, loadOlder: () => loader?.loadOlder() };
}
