import { useCallback, useEffect, useState } from 'react';
import { OpsStatus } from '../api/read-operations';
import { useAppServices } from '../app-services';
import type { OpsStatusQuery } from '../generated/read/graphql';

/** How often the page reads the status again: a rebuild's progress moves by the second. */
export const OPS_POLL_MS = 2000;

export interface OpsStatusView {
  /** The status last read: it stays while the next read runs, or fails. */
  status: OpsStatusQuery | undefined;
  error: string | undefined;
  /** Reads it again now (after a retry or a skip), rather than at the next tick. */
  refresh: () => void;
}

/** The relay's and the projections' status, read every OPS_POLL_MS while the page is open. */
export function useOpsStatus(): OpsStatusView {
  const { api } = useAppServices();
  const [view, setView] = useState<Omit<OpsStatusView, 'refresh'>>({ status: undefined, error: undefined });
  const [reads, setReads] = useState(0);
  const refresh = useCallback(() => setReads((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    api
      .read(OpsStatus, {})
      .then((status) => {
        if (current) setView({ status, error: undefined });
      })
      .catch((error: unknown) => {
        if (current)
          setView((before) => ({
            ...before,
            error: `Could not read the status: ${error instanceof Error ? error.message : String(error)}`,
          }));
      });
    // The next read is timed from this one's start; a slower answer only delays the one after.
    const next = setTimeout(refresh, OPS_POLL_MS);
    return () => {
      current = false;
      clearTimeout(next);
    };
  }, [api, reads, refresh]);

  return { ...view, refresh };
}
