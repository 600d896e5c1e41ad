-- No NOTIFY in here: one in every commit takes PostgreSQL's global notify lock and serialises
-- concurrent writers (append at 8 writers fell from 0.76x to 0.46x of a raw INSERT in bench/).
-- The store announces appends after they commit, coalesced (coalescing-notifier.ts).
-- One round trip, one atomic statement per append: the command record, the per-stream version
-- checks and every event. Positions are `transaction id × 65536 + index in the append`.
-- Returns the last position written, or NULL when the commandId was already recorded.
CREATE OR REPLACE FUNCTION sluice_append(p_streams jsonb, p_events jsonb, p_command jsonb)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
  base bigint := pg_current_xact_id()::text::bigint * 65536;
  event_count integer := jsonb_array_length(p_events);
  last_position bigint := base + event_count - 1;
  stream record;
BEGIN
  IF event_count < 1 OR event_count > 65536 THEN
    RAISE EXCEPTION 'an append holds 1 to 65536 events, not %', event_count USING ERRCODE = '22023';
  END IF;

  IF p_command IS NOT NULL THEN
    INSERT INTO commands (command_id, command_type, fingerprint, result, last_position)
    VALUES (p_command->>'commandId', p_command->>'commandType', p_command->>'fingerprint', p_command->'result', last_position)
    ON CONFLICT (command_id) DO NOTHING;
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;
  END IF;

  -- A stream behind its expected version would otherwise get a gap in its versions; one ahead
  -- of it fails on UNIQUE(stream_id, version) below.
  FOR stream IN
    SELECT * FROM jsonb_to_recordset(p_streams) AS s("streamId" text, "expectedVersion" integer)
  LOOP
    IF stream."expectedVersion" > 0 AND NOT EXISTS (
      SELECT 1 FROM events WHERE stream_id = stream."streamId" AND version = stream."expectedVersion"
    ) THEN
      RAISE EXCEPTION 'stream % is not at version %', stream."streamId", stream."expectedVersion"
        USING ERRCODE = '40001';
    END IF;
  END LOOP;

  INSERT INTO events (position, event_id, stream_id, version, type, data, metadata)
  SELECT base + e.ordinality - 1,
         (e.value->>'eventId')::uuid,
         e.value->>'streamId',
         (e.value->>'version')::integer,
         e.value->>'type',
         e.value->'data',
         e.value->'metadata'
  FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(value, ordinality);

  RETURN last_position;
END
$$;
