-- Group commit: many commands' appends in one transaction, one commit, each checked and answered
-- on its own. p_batch is an array of {streams, events, command}, each what sluice_append takes.
-- One row per entry, in order: 'appended' with its last position, 'duplicate' when its commandId
-- is recorded (by an earlier command, or earlier in this batch), 'conflict' when a stream is not
-- at its expected version (also one moved by an earlier entry of this batch). An entry that is
-- refused writes nothing and fails none of the others, with no savepoint: its command is recorded
-- first and taken back if a stream is not at its expected version. Only another process's append
-- racing an entry can still raise (UNIQUE or serialization failure): then nothing of the batch is
-- written, and the store tries each entry alone.
--
-- Positions are `transaction id × 65536 + index in the batch`: the whole batch holds at most
-- 65536 events. previous_position is as in sluice_append_after for the first entry appended
-- (the check's snapshot is taken after this transaction took its id, in DECLARE), and for each
-- later one the last position of the entry before it, which commits with it.
CREATE OR REPLACE FUNCTION sluice_append_batch(p_batch jsonb)
RETURNS TABLE (outcome text, last_position bigint, previous_position bigint)
LANGUAGE plpgsql
AS $$
DECLARE
  base bigint := pg_current_xact_id()::text::bigint * 65536;
  next_position bigint := base;
  previous bigint;
  entry jsonb;
  command jsonb;
  stream record;
  event_count integer;
  refused text;
BEGIN
  SELECT CASE WHEN pg_snapshot_xmin(pg_current_snapshot()) = pg_current_xact_id()
              THEN coalesce(max(position), 0) END
  INTO previous
  FROM events
  WHERE position < base;

  FOR entry IN SELECT e FROM jsonb_array_elements(p_batch) AS b(e) LOOP
    event_count := jsonb_array_length(entry->'events');
    IF event_count < 1 OR next_position + event_count > base + 65536 THEN
      RAISE EXCEPTION 'a batch holds 1 to 65536 events in each append and in all' USING ERRCODE = '22023';
    END IF;
    refused := NULL;
    command := entry->'command';
    IF jsonb_typeof(command) <> 'object' THEN
      command := NULL;
    END IF;

    -- The command first, so that a retry of one that went through is a duplicate, not a conflict.
    -- Waits for a concurrent transaction that recorded the same id, and yields to it.
    IF command IS NOT NULL THEN
      INSERT INTO commands (command_id, command_type, fingerprint, result, last_position)
      VALUES (command->>'commandId', command->>'commandType', command->>'fingerprint', command->'result',
              next_position + event_count - 1)
      ON CONFLICT (command_id) DO NOTHING;
      IF NOT FOUND THEN
        refused := 'duplicate';
      END IF;
    END IF;

    IF refused IS NULL THEN
      FOR stream IN
        SELECT * FROM jsonb_to_recordset(entry->'streams') AS s("streamId" text, "expectedVersion" integer)
      LOOP
        IF coalesce((SELECT max(version) FROM events WHERE stream_id = stream."streamId"), 0)
           <> stream."expectedVersion" THEN
          refused := 'conflict';
          EXIT;
        END IF;
      END LOOP;
      IF refused IS NOT NULL AND command IS NOT NULL THEN
        DELETE FROM commands WHERE command_id = command->>'commandId';
      END IF;
    END IF;

    IF refused IS NOT NULL THEN
      RETURN QUERY SELECT refused, NULL::bigint, NULL::bigint;
      CONTINUE;
    END IF;

    INSERT INTO events (position, event_id, stream_id, version, type, data, metadata)
    SELECT next_position + e.ordinality - 1,
           (e.value->>'eventId')::uuid,
           e.value->>'streamId',
           (e.value->>'version')::integer,
           e.value->>'type',
           e.value->'data',
           e.value->'metadata'
    FROM jsonb_array_elements(entry->'events') WITH ORDINALITY AS e(value, ordinality);

    next_position := next_position + event_count;
    RETURN QUERY SELECT 'appended'::text, next_position - 1, previous;
    previous := next_position - 1;
  END LOOP;
END
$$;
