-- Product search is a substring match (ILIKE '%…%'): trigram indexes serve it, where a b-tree
-- cannot. pg_trgm ships with PostgreSQL (contrib) and is trusted: the database's owner may create
-- it. On PGlite it is loaded with the database (pgliteExtensions).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "products_name_trigrams" ON "products" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_sku_trigrams" ON "products" USING gin ("sku" gin_trgm_ops);
