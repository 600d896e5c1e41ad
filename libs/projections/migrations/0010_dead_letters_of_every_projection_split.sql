-- Dead letters set aside by every projection at once ('*', from before each had its own, 0004)
-- become letters of the projections that were there then and handle the event's type: products,
-- orders and sales. A projection rebuilt since applied the event itself (or set aside a letter of
-- its own for it), and the timeline, built later from the log, did too: they get none. A retry of
-- a '*' letter could not tell those apart, and would have applied the event to them again.
INSERT INTO "projection_dead_letters" ("projection", "position", "event_id", "type", "error", "attempts", "dead_lettered_at")
SELECT concerned.name, letter.position, letter.event_id, letter.type, letter.error, letter.attempts, letter.dead_lettered_at
FROM "projection_dead_letters" AS letter
JOIN (VALUES
  ('products', 'ProductRegistered'), ('products', 'ProductPriceChanged'), ('products', 'ProductRestocked'),
  ('products', 'ProductDiscontinued'), ('products', 'StockReserved'), ('products', 'StockReleased'),
  ('orders', 'OrderPlaced'), ('orders', 'OrderPaid'), ('orders', 'OrderShipped'), ('orders', 'OrderCancelled'),
  ('sales', 'OrderPlaced'), ('sales', 'OrderPaid'), ('sales', 'OrderShipped'), ('sales', 'OrderCancelled')
) AS concerned(name, type) ON concerned.type = letter.type
WHERE letter.projection = '*' AND letter.resolution IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM "projection_generations" AS rebuilt
    WHERE rebuilt.projection = concerned.name AND rebuilt.generation > 1 AND rebuilt.state = 'live'
  )
ON CONFLICT DO NOTHING;--> statement-breakpoint
DELETE FROM "projection_dead_letters" WHERE "projection" = '*' AND "resolution" IS NULL;
