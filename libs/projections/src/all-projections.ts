import { erase, type AnyProjection } from './projection';
import { ordersProjection } from './orders-projection';
import { productsProjection } from './products-projection';
import { salesProjection } from './sales-projection';
import { salesTimelineProjection } from './sales-timeline-projection';

/** Every read model the read gateway serves, applied together in one transaction per batch. */
export const allProjections: readonly AnyProjection[] = [
  erase(productsProjection),
  erase(ordersProjection),
  erase(salesProjection),
  erase(salesTimelineProjection),
];

export const projectionNames: readonly string[] = allProjections.map((projection) => projection.name);
