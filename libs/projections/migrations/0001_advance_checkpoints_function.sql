-- The projector's short path in one statement, so that its whole transaction can be sent as one
-- message (this and the read models' writes: one round trip). Moves the named checkpoints
-- from p_from to p_to only if every one of them stands at p_from; otherwise raises SLNIS (not in
-- step), which aborts the transaction and everything sent after it. Notifies on commit.
CREATE OR REPLACE FUNCTION sluice_advance_checkpoints(p_names jsonb, p_from bigint, p_to bigint)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  moved integer;
BEGIN
  UPDATE projection_checkpoints SET position = p_to, updated_at = now()
  WHERE name IN (SELECT jsonb_array_elements_text(p_names)) AND position = p_from;
  GET DIAGNOSTICS moved = ROW_COUNT;
  IF moved < jsonb_array_length(p_names) THEN
    RAISE EXCEPTION 'the checkpoints are not all at %', p_from USING ERRCODE = 'SLNIS';
  END IF;
  PERFORM pg_notify('sluice_projections', p_to::text);
END
$$;
