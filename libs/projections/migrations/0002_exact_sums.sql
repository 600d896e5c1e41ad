ALTER TABLE "product_sales" ALTER COLUMN "units_sold" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "product_sales" ALTER COLUMN "revenue_cents" SET DATA TYPE numeric;--> statement-breakpoint
ALTER TABLE "sales_stats" ALTER COLUMN "orders_placed" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sales_stats" ALTER COLUMN "orders_paid" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sales_stats" ALTER COLUMN "orders_shipped" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sales_stats" ALTER COLUMN "orders_cancelled" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "sales_stats" ALTER COLUMN "revenue_cents" SET DATA TYPE numeric;