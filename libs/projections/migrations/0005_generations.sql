CREATE TABLE "projection_generations" (
	"projection" text NOT NULL,
	"generation" integer NOT NULL,
	"code_version" integer NOT NULL,
	"state" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"switched_at" timestamp with time zone,
	CONSTRAINT "projection_generations_projection_generation_pk" PRIMARY KEY("projection","generation")
);
--> statement-breakpoint
ALTER TABLE "projection_checkpoints" ADD COLUMN "generation" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- The tables that exist are each projection's first generation, built by its first code version.
INSERT INTO "projection_generations" ("projection", "generation", "code_version", "state", "switched_at")
  SELECT "name", 1, 1, 'live', now() FROM "projection_checkpoints";--> statement-breakpoint
-- The short path's checkpoint move now also checks the generation each checkpoint is of: a switch
-- to a rebuilt generation leaves the position alone but makes a projector's cached rows stale,
-- so its next move must fail (SLNIS) and take the locked path. The channel is the caller's: a
-- rebuild's progress is not the live read models'.
DROP FUNCTION IF EXISTS sluice_advance_checkpoints(jsonb, bigint, bigint);--> statement-breakpoint
CREATE OR REPLACE FUNCTION sluice_advance_checkpoints(p_generations jsonb, p_from bigint, p_to bigint, p_channel text)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  moved integer;
BEGIN
  UPDATE projection_checkpoints SET position = p_to, updated_at = now()
  WHERE position = p_from AND generation = (p_generations ->> name)::integer;
  GET DIAGNOSTICS moved = ROW_COUNT;
  IF moved < (SELECT count(*) FROM jsonb_object_keys(p_generations)) THEN
    RAISE EXCEPTION 'the checkpoints are not all at % in the generations given', p_from USING ERRCODE = 'SLNIS';
  END IF;
  PERFORM pg_notify(p_channel, p_to::text);
END
$$;
