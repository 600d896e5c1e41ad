import { orders, type Db } from '@sluice/projections';
import { and, count, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { ConnectionSource } from '../connection/connection';
import type { OrderRow } from './rows';

export interface OrderFilter {
  customerId?: string | null;
  status?: string | null;
}

export async function orderById(db: Db, id: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id)).limit(1);
  return row ?? null;
}

function orderConditions(filter: OrderFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.customerId !== null && filter.customerId !== undefined)
    conditions.push(eq(orders.customerId, filter.customerId));
  if (filter.status !== null && filter.status !== undefined)
    conditions.push(eq(orders.status, filter.status));
  return conditions;
}

/** Orders newest placed first. */
export function orderList(db: Db, filter: OrderFilter): ConnectionSource<OrderRow> {
  const conditions = orderConditions(filter);
  return {
    fetch: (after, limit) =>
      db
        .select()
        .from(orders)
        .where(and(...conditions, after === undefined ? undefined : lt(orders.placedPosition, after)))
        .orderBy(desc(orders.placedPosition))
        .limit(limit),
    count: async () => {
      const [row] = await db
        .select({ total: count() })
        .from(orders)
        .where(and(...conditions));
      return row?.total ?? 0;
    },
    keyOf: (row) => row.placedPosition,
  };
}
