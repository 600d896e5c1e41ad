import type { RawQuery } from '@sluice/event-store';

/**
 * Writes a shop's history straight into the log, in SQL: `products` registrations, then orders of
 * one line each, placed (with its StockReserved) and paid: three events an order. Stream versions
 * and positions are consistent, so the projections apply it as they would the real thing.
 * Returns the number of events written.
 */
export async function generateHistory(query: RawQuery, options: { events: number; products: number }) {
  const products = options.products;
  const orders = Math.floor((options.events - products) / 3);
  const common = `jsonb_build_object('correlationId', 'bench', 'causationId', 'bench', 'at', '2026-01-01T00:00:00Z')`;
  await query(
    `insert into events (position, event_id, stream_id, version, type, data, metadata)
     select p, gen_random_uuid(), 'bench-product-' || p, 1, 'ProductRegistered',
       jsonb_build_object('productId', 'bench-product-' || p, 'sku', 'BENCH-' || p, 'name', 'Bench product ' || p,
         'priceCents', 100, 'initialStock', 1000000000, 'at', '2026-01-01T00:00:00Z'), ${common}
     from generate_series(1, $1::int) as p`,
    [products],
  );
  const chunk = 100_000;
  for (let from = 0; from < orders; from += chunk) {
    const to = Math.min(orders, from + chunk) - 1;
    await query(
      `with o as (
         select i, 'bench-order-' || i as order_id, 'bench-product-' || (i % $2::int + 1) as product_id,
                2 + i / $2::int as product_version, $2::bigint + 3 * i as base
         from generate_series($1::int, $3::int) as i)
       insert into events (position, event_id, stream_id, version, type, data, metadata)
       select base + 1, gen_random_uuid(), order_id, 1, 'OrderPlaced',
         jsonb_build_object('orderId', order_id, 'customerId', 'c' || (i % 100),
           'lines', jsonb_build_array(jsonb_build_object('productId', product_id, 'quantity', 1, 'unitPriceCents', 100)),
           'totalCents', 100, 'at', '2026-01-01T00:00:00Z'), ${common} from o
       union all
       select base + 2, gen_random_uuid(), product_id, product_version, 'StockReserved',
         jsonb_build_object('productId', product_id, 'orderId', order_id, 'quantity', 1, 'at', '2026-01-01T00:00:00Z'),
         ${common} from o
       union all
       select base + 3, gen_random_uuid(), order_id, 2, 'OrderPaid',
         jsonb_build_object('orderId', order_id, 'amountCents', 100, 'at', '2026-01-01T00:00:00Z'), ${common} from o`,
      [from, products, to],
    );
  }
  return products + 3 * orders;
}
