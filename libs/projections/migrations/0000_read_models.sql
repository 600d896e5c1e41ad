CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"status" text NOT NULL,
	"lines" jsonb NOT NULL,
	"total_cents" bigint NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer NOT NULL,
	"position" bigint NOT NULL,
	"placed_position" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_sales" (
	"product_id" text PRIMARY KEY NOT NULL,
	"units_sold" integer NOT NULL,
	"revenue_cents" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"price_cents" bigint NOT NULL,
	"stock" integer NOT NULL,
	"discontinued" boolean NOT NULL,
	"version" integer NOT NULL,
	"position" bigint NOT NULL,
	"created_position" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "products_sku_unique" UNIQUE("sku")
);
--> statement-breakpoint
CREATE TABLE "projection_checkpoints" (
	"name" text PRIMARY KEY NOT NULL,
	"position" bigint NOT NULL,
	"updated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "projection_dead_letters" (
	"position" bigint PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"error" text NOT NULL,
	"attempts" integer NOT NULL,
	"dead_lettered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_orders" (
	"order_id" text NOT NULL,
	"product_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"paid" boolean NOT NULL,
	CONSTRAINT "sales_orders_order_id_product_id_pk" PRIMARY KEY("order_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "sales_stats" (
	"id" integer PRIMARY KEY NOT NULL,
	"orders_placed" integer NOT NULL,
	"orders_paid" integer NOT NULL,
	"orders_shipped" integer NOT NULL,
	"orders_cancelled" integer NOT NULL,
	"revenue_cents" bigint NOT NULL,
	"position" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "orders_newest" ON "orders" USING btree ("placed_position");--> statement-breakpoint
CREATE INDEX "orders_by_customer" ON "orders" USING btree ("customer_id","placed_position");--> statement-breakpoint
CREATE INDEX "orders_by_status" ON "orders" USING btree ("status","placed_position");--> statement-breakpoint
CREATE INDEX "product_sales_top" ON "product_sales" USING btree ("units_sold");--> statement-breakpoint
CREATE INDEX "products_newest" ON "products" USING btree ("created_position");