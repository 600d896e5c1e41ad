-- The projector's short path in one call: its checkpoint move (sluice_advance_checkpoints) and its
-- writes, each a statement of the projector's own text whose parameters arrive as one jsonb array
-- ($1->>0, $1->>1, …). They run in order inside the calling statement, so all of them commit or
-- none: one round trip, and no value is ever written into SQL text. It replaces a script of
-- statements with their values escaped in as literals.
CREATE OR REPLACE FUNCTION sluice_run_statements(p_statements jsonb)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  statement jsonb;
BEGIN
  FOR statement IN SELECT value FROM jsonb_array_elements(p_statements) LOOP
    EXECUTE statement ->> 0 USING statement -> 1;
  END LOOP;
END
$$;
