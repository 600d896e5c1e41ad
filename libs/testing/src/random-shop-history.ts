import { DEFAULT_CATEGORY, type DomainEvent } from '@sluice/domain';
import type { EventStore } from '@sluice/event-store';
import {
  appendDomainEvents,
  eventTime as at,
  legacyProductRegistered,
  type LegacyEvent,
} from './domain-log-writes';
import { seededRandom } from './seeded-random';

type Write = [streamId: string, expectedVersion: number, DomainEvent | LegacyEvent];

/**
 * Appends a random but valid history of a shop, `steps` commands long, as the write side would
 * have decided it: products registered, repriced, restocked and discontinued; orders of one or two
 * lines placed (reserving stock), paid, shipped or cancelled (releasing it). Ids are prefixed
 * with `tag`, so that several histories can share a log.
 */
export async function appendRandomShopHistory(
  store: EventStore,
  options: {
    seed: number;
    steps: number;
    tag: string;
    /** What products are filed under, picked at random: "Tools" and "Garden" when left out. */
    categories?: readonly string[];
    /** Registrations of "Uncategorized" products are written as Sluice did before categories. */
    legacyUncategorized?: boolean;
  },
): Promise<void> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const products: Array<{
    id: string;
    version: number;
    stock: number;
    price: number;
    discontinued: boolean;
  }> = [];
  const orders: Array<{
    id: string;
    version: number;
    status: 'PLACED' | 'PAID' | 'SHIPPED' | 'CANCELLED';
    lines: Array<{ productId: string; quantity: number; unitPriceCents: number }>;
  }> = [];
  const write = (...writes: Write[]) => appendDomainEvents(store, ...writes);

  for (let step = 0; step < options.steps; step++) {
    const roll = random();
    const product = products.length > 0 ? pick(products) : undefined;
    const open = orders.filter((order) => order.status === 'PLACED' || order.status === 'PAID');
    if (!product || roll < 0.12) {
      const id = `${options.tag}-product-${products.length + 1}`;
      const price = 100 + Math.floor(random() * 5000);
      const stock = Math.floor(random() * 20);
      const registered = {
        type: 'ProductRegistered' as const,
        data: {
          productId: id,
          sku: `SKU-${id}`,
          name: `Product ${id}`,
          priceCents: price,
          initialStock: stock,
          category: pick(options.categories ?? ['Tools', 'Garden']),
          at,
        },
      };
      const legacy = options.legacyUncategorized && registered.data.category === DEFAULT_CATEGORY;
      await write([id, 0, legacy ? legacyProductRegistered(registered) : registered]);
      products.push({ id, version: 1, stock, price, discontinued: false });
    } else if (roll < 0.22) {
      const quantity = 1 + Math.floor(random() * 10);
      await write([
        product.id,
        product.version,
        { type: 'ProductRestocked', data: { productId: product.id, quantity, at } },
      ]);
      product.version++;
      product.stock += quantity;
    } else if (roll < 0.27 && !product.discontinued) {
      const price = 100 + Math.floor(random() * 5000);
      await write([
        product.id,
        product.version,
        {
          type: 'ProductPriceChanged',
          data: { productId: product.id, priceCents: price, previousPriceCents: product.price, at },
        },
      ]);
      product.version++;
      product.price = price;
    } else if (roll < 0.29 && !product.discontinued) {
      await write([
        product.id,
        product.version,
        { type: 'ProductDiscontinued', data: { productId: product.id, at } },
      ]);
      product.version++;
      product.discontinued = true;
    } else if (roll < 0.6) {
      const chosen = [...new Set([pick(products), pick(products)])].filter(
        (p) => !p.discontinued && p.stock > 0,
      );
      if (chosen.length === 0) continue;
      const id = `${options.tag}-order-${orders.length + 1}`;
      const lines = chosen.map((p) => ({
        productId: p.id,
        quantity: 1 + Math.floor(random() * p.stock),
        unitPriceCents: p.price,
      }));
      const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
      await write(
        [
          id,
          0,
          {
            type: 'OrderPlaced',
            data: { orderId: id, customerId: `customer-${step % 5}`, lines, totalCents, at },
          },
        ],
        ...lines.map((line, index): Write => {
          const reserved = chosen[index]!;
          reserved.stock -= line.quantity;
          return [
            reserved.id,
            reserved.version++,
            {
              type: 'StockReserved',
              data: { productId: reserved.id, orderId: id, quantity: line.quantity, at },
            },
          ];
        }),
      );
      orders.push({ id, version: 1, status: 'PLACED', lines });
    } else if (open.length > 0) {
      const order = pick(open);
      const next = random();
      if (order.status === 'PLACED' && next < 0.6) {
        const amountCents = order.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
        await write([
          order.id,
          order.version++,
          { type: 'OrderPaid', data: { orderId: order.id, amountCents, at } },
        ]);
        order.status = 'PAID';
      } else if (order.status === 'PAID' && next < 0.5) {
        await write([order.id, order.version++, { type: 'OrderShipped', data: { orderId: order.id, at } }]);
        order.status = 'SHIPPED';
      } else {
        const previousStatus = order.status as 'PLACED' | 'PAID';
        await write(
          [
            order.id,
            order.version++,
            {
              type: 'OrderCancelled',
              data: { orderId: order.id, reason: next < 0.5 ? null : 'changed my mind', previousStatus, at },
            },
          ],
          ...order.lines.map((line): Write => {
            const released = products.find((p) => p.id === line.productId)!;
            released.stock += line.quantity;
            return [
              released.id,
              released.version++,
              {
                type: 'StockReleased',
                data: { productId: released.id, orderId: order.id, quantity: line.quantity, at },
              },
            ];
          }),
        );
        order.status = 'CANCELLED';
      }
    }
  }
}
