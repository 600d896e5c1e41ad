-- The sales projection's open orders, one row an order holding its lines, where there was a row
-- a line: a projector then holds an order's lines by key between commands, and a payment,
-- shipment or cancellation reads nothing for them. The rows are carried over: no rebuild needed.
CREATE TABLE "sales_orders_by_order" (
	"order_id" text PRIMARY KEY NOT NULL,
	"lines" jsonb NOT NULL,
	"paid" boolean NOT NULL
);
--> statement-breakpoint
INSERT INTO "sales_orders_by_order" ("order_id", "lines", "paid")
SELECT "order_id",
	jsonb_agg(jsonb_build_object('productId', "product_id", 'quantity', "quantity", 'unitPriceCents', "unit_price_cents") ORDER BY "product_id"),
	bool_or("paid")
FROM "sales_orders" GROUP BY "order_id";
--> statement-breakpoint
DROP TABLE "sales_orders";
--> statement-breakpoint
ALTER TABLE "sales_orders_by_order" RENAME TO "sales_orders";
--> statement-breakpoint
ALTER TABLE "sales_orders" RENAME CONSTRAINT "sales_orders_by_order_pkey" TO "sales_orders_pkey";
