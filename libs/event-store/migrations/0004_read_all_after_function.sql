-- Reading the log in order, a page at a time (see read-all-after.ts for why the bound keeps a
-- reader from skipping an event committed late). In a function because of the planner: with no
-- statistics on the log (PGlite never runs autovacuum; a log just restored or grown fast is not
-- analyzed yet), it estimates the range as a sliver of the table and sorts every event after
-- the position to take the first page: each page costs as much as the whole rest of the log, and
-- a catch-up from the start grows with the square of its length (measured: 5.9k events/s over
-- 300k events on PGlite, 16 times fewer than in log order). The settings below leave it one way
-- to answer: walk the index in log order and stop at the limit. plpgsql keeps the plan between
-- calls; STABLE, so the bound comes from the calling statement's snapshot.
CREATE OR REPLACE FUNCTION sluice_read_all_after(p_after bigint, p_limit integer)
RETURNS TABLE ("position" text, event_id uuid, stream_id text, version integer, type text, data jsonb, metadata jsonb, occurred_at timestamptz)
LANGUAGE plpgsql
STABLE
SET enable_bitmapscan = off
SET enable_sort = off
AS $$
BEGIN
  RETURN QUERY
    SELECT e.position::text, e.event_id, e.stream_id, e.version, e.type, e.data, e.metadata, e.occurred_at
    FROM events e
    WHERE e.position > p_after
      AND e.position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 65536
    ORDER BY e.position
    LIMIT p_limit;
END
$$;
