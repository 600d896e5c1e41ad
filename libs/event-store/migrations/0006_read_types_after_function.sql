-- The log filtered to some types, a page at a time, within sluice_read_all_after's bound (see
-- read-types-after.ts). Each type named is read on events_type_position in log order, up to the
-- limit, and only those rows are merged: a page costs as much as the events of those types it
-- returns, not the log between them, however rare the type. One index scan for all the types at
-- once (type = ANY) cannot give position order, so the page would sort every match past the
-- position. Bitmap scans are ruled out for the same reason as in 0004: with no statistics on the
-- log, the planner takes one per type, which reads every event of the type past the position and
-- sorts them for a single page. DISTINCT: a type named twice is read once. STABLE, so the bound
-- comes from the calling statement's snapshot.
CREATE OR REPLACE FUNCTION sluice_read_types_after(p_after bigint, p_types text[], p_limit integer)
RETURNS TABLE ("position" text, event_id uuid, stream_id text, version integer, type text, data jsonb, metadata jsonb, occurred_at timestamptz)
LANGUAGE plpgsql
STABLE
SET enable_bitmapscan = off
AS $$
BEGIN
  RETURN QUERY
    SELECT e.position::text, e.event_id, e.stream_id, e.version, e.type, e.data, e.metadata, e.occurred_at
    FROM (SELECT DISTINCT unnest(p_types) AS name) t
    CROSS JOIN LATERAL (
      SELECT x.* FROM events x
      WHERE x.type = t.name
        AND x.position > p_after
        AND x.position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 65536
      ORDER BY x.position
      LIMIT p_limit
    ) e
    ORDER BY e.position
    LIMIT p_limit;
END
$$;
