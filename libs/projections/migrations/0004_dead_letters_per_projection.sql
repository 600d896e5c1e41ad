-- Dead letters become each projection's own. Those written before were set aside by every
-- projection at once: they keep that meaning as '*'.
ALTER TABLE "projection_dead_letters" ADD COLUMN "projection" text NOT NULL DEFAULT '*';--> statement-breakpoint
ALTER TABLE "projection_dead_letters" ALTER COLUMN "projection" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "projection_dead_letters" DROP CONSTRAINT "projection_dead_letters_pkey";--> statement-breakpoint
ALTER TABLE "projection_dead_letters" ADD CONSTRAINT "projection_dead_letters_projection_position_pk" PRIMARY KEY("projection","position");--> statement-breakpoint
ALTER TABLE "projection_dead_letters" ADD COLUMN "resolution" text;--> statement-breakpoint
ALTER TABLE "projection_dead_letters" ADD COLUMN "resolved_at" timestamp with time zone;
