CREATE TABLE "fold_snapshots" (
	"stream_id" text NOT NULL,
	"fold" text NOT NULL,
	"version" integer NOT NULL,
	"position" bigint NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"state" jsonb NOT NULL,
	CONSTRAINT "fold_snapshots_stream_id_fold_version_pk" PRIMARY KEY("stream_id","fold","version")
);
