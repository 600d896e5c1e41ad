import type { PGlite } from '@electric-sql/pglite';
import { newPglite, openPgliteEventStore, type EventStore } from '@sluice/event-store';
import { createConsoleLogger } from '@sluice/gateway';
import { openPgliteProjections, orders, pgliteSession, products, ProgressTracker } from '@sluice/projections';
import { authHeader, testAuth } from '@sluice/testing';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadYoga } from '../read-yoga';
import { deadLetterDesk } from '../runtime/dead-letter-desk';
import { PushFeed } from '../test-support/push-feed';

describe('read loaders', () => {
  let pglite: PGlite;
  let store: EventStore;
  const statements: string[] = [];

  beforeAll(async () => {
    pglite = newPglite();
    store = await openPgliteEventStore({ pglite });
    await openPgliteProjections(pglite);
    const db = drizzle(pglite);
    const at = '2026-01-02T03:04:05.000Z';
    await db.insert(products).values(
      [0, 1, 2, 3].map((i) => ({
        id: `p${i}`,
        sku: `SKU-${i}`,
        name: `Product ${i}`,
        priceCents: 100 * (i + 1),
        stock: 5,
        discontinued: false,
        version: 1,
        position: BigInt(i + 1),
        createdPosition: BigInt(i + 1),
        createdAt: at,
        updatedAt: at,
      })),
    );
    await db.insert(orders).values(
      [0, 1, 2].map((o) => ({
        id: `o${o}`,
        customerId: 'c',
        status: 'PLACED',
        lines: [0, 1, 2].map((i) => ({ productId: `p${(o + i) % 4}`, quantity: 1, unitPriceCents: 1 })),
        totalCents: 3,
        placedAt: at,
        version: 1,
        position: BigInt(10 + o),
        placedPosition: BigInt(10 + o),
      })),
    );
  });

  afterAll(async () => {
    await store?.close();
    await pglite?.close();
  });

  it('resolve the products of every line of a response in one query', async () => {
    const db = drizzle(pglite, { logger: { logQuery: (statement) => statements.push(statement) } });
    const yoga = createReadYoga({
      db,
      store,
      progress: new ProgressTracker(),
      feed: new PushFeed(),
      deadLetters: deadLetterDesk(pgliteSession(pglite), store, (work) => work()),
      logger: createConsoleLogger('loaders-test', { silent: true }),
      auth: testAuth,
    });
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader('operator')) },
      body: JSON.stringify({
        query: '{ orders { edges { node { id lines { productId product { id name unitsSold } } } } } }',
      }),
    });
    const body = (await response.json()) as {
      data: {
        orders: {
          edges: Array<{
            node: { lines: Array<{ productId: string; product: { id: string; name: string } }> };
          }>;
        };
      };
    };
    const lines = body.data.orders.edges.flatMap((edge) => edge.node.lines);
    expect(lines).toHaveLength(9);
    for (const line of lines)
      expect(line.product).toEqual({
        id: line.productId,
        name: `Product ${line.productId.slice(1)}`,
        unitsSold: 0,
      });
    expect(statements.filter((s) => s.includes('from "products"'))).toHaveLength(1);
    expect(statements.filter((s) => s.includes('from "product_sales"'))).toHaveLength(1);
  });
});
