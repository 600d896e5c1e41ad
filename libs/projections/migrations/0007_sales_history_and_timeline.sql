CREATE TABLE "product_sales_history" (
	"product_id" text NOT NULL,
	"position" bigint NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"units_sold" bigint NOT NULL,
	"revenue_cents" numeric NOT NULL,
	CONSTRAINT "product_sales_history_product_id_position_pk" PRIMARY KEY("product_id","position")
);
--> statement-breakpoint
CREATE TABLE "sales_stats_history" (
	"position" bigint PRIMARY KEY NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"orders_placed" bigint NOT NULL,
	"orders_paid" bigint NOT NULL,
	"orders_shipped" bigint NOT NULL,
	"orders_cancelled" bigint NOT NULL,
	"revenue_cents" numeric NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_timeline" (
	"epoch_hour" bigint PRIMARY KEY NOT NULL,
	"orders_placed" bigint NOT NULL,
	"orders_paid" bigint NOT NULL,
	"orders_cancelled" bigint NOT NULL,
	"units_sold" bigint NOT NULL,
	"revenue_cents" numeric NOT NULL,
	"position" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timeline_orders" (
	"order_id" text PRIMARY KEY NOT NULL,
	"units" bigint NOT NULL,
	"lines_cents" numeric NOT NULL,
	"paid" boolean NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sales_stats_history_by_time" ON "sales_stats_history" USING btree ("recorded_at");