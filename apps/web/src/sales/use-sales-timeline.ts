import { useEffect, useState } from 'react';
import { SalesTimeline } from '../api/read-operations';
import { useAppServices } from '../app-services';
import type { SalesTimelineQuery } from '../generated/read/graphql';
import { useObservable } from '../live/observable';
import { msUntilNextBucket, rangeWindow, type SalesRange } from './sales-range';

export type SalesBucket = SalesTimelineQuery['salesTimeline'][number];

export interface SalesTimelineView {
  /** The buckets last read, and the range they were read for: they stay while the next read runs. */
  buckets: readonly SalesBucket[];
  range: SalesRange | undefined;
  loading: boolean;
  error: string | undefined;
}

/**
 * Revenue per bucket over the range, read again whenever the sales figures the dashboard follows
 * move (their subscription is already open) and at least as fresh as them, so a payment shows in
 * its bucket as it shows in the counters; and again as each new bucket opens.
 */
export function useSalesTimeline(range: SalesRange): SalesTimelineView {
  const { api, store } = useAppServices();
  const atLeast = useObservable(store.sales)?.position;
  const [bucketsOpened, setBucketsOpened] = useState(0);
  const [view, setView] = useState<SalesTimelineView>({
    buckets: [],
    range: undefined,
    loading: true,
    error: undefined,
  });

  useEffect(() => {
    let current = true;
    const now = new Date();
    const window = rangeWindow(range, now);
    const nextBucket = setTimeout(
      () => setBucketsOpened((opened) => opened + 1),
      msUntilNextBucket(range, now),
    );
    setView((before) => ({ ...before, loading: true }));
    api
      .read(SalesTimeline, { ...window, atLeast })
      .then(({ salesTimeline }) => {
        if (current) setView({ buckets: salesTimeline, range, loading: false, error: undefined });
      })
      .catch((error: unknown) => {
        if (current)
          setView((before) => ({
            ...before,
            loading: false,
            error: `Could not load the revenue: ${error instanceof Error ? error.message : String(error)}`,
          }));
      });
    return () => {
      current = false;
      clearTimeout(nextBucket);
    };
  }, [api, range, atLeast, bucketsOpened]);

  return view;
}
