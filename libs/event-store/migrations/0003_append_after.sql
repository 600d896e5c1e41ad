-- sluice_append, and the position right before the appended events when it is already final: a
-- follower standing there may take the events from the appender instead of reading them back.
--
-- The check runs in a snapshot taken after this transaction took its id (a new statement, so a
-- new snapshot). If no older transaction is running in it (its xmin is our id), every older one
-- has ended: their events are all in it, and any transaction that starts later gets a larger id,
-- so its events land after ours. The newest event below ours is then our final predecessor.
-- Otherwise an older transaction may still commit events before ours: previous_position is NULL.
-- On PGlite, one connection, there never is one.
CREATE OR REPLACE FUNCTION sluice_append_after(
  p_streams jsonb, p_events jsonb, p_command jsonb,
  OUT last_position bigint, OUT previous_position bigint)
LANGUAGE plpgsql
AS $$
BEGIN
  last_position := sluice_append(p_streams, p_events, p_command);
  IF last_position IS NULL THEN
    RETURN;
  END IF;
  SELECT CASE WHEN pg_snapshot_xmin(pg_current_snapshot()) = pg_current_xact_id()
              THEN coalesce(max(position), 0) END
  INTO previous_position
  FROM events
  WHERE position < pg_current_xact_id()::text::bigint * 65536;
END
$$;
