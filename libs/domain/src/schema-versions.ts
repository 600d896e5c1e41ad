import type { DomainEventType } from './events';

/**
 * The schema version each event type is written at now. Raise one when its data changes shape,
 * and add the upcaster from the version before (upcasters.ts): events already in the log keep
 * the version they were written at, and are read as the current one.
 */
export const currentSchemaVersions = {
  ProductRegistered: 2,
  ProductPriceChanged: 1,
  ProductRestocked: 1,
  ProductDiscontinued: 1,
  StockReserved: 1,
  StockReleased: 1,
  SkuClaimed: 1,
  OrderPlaced: 1,
  OrderPaid: 1,
  OrderShipped: 1,
  OrderCancelled: 1,
} as const satisfies Record<DomainEventType, number>;

/**
 * The schema version an event's metadata records. Events written before versions were recorded
 * carry none: they are version 1. Anything but a whole number from 1 is undefined (unreadable).
 */
export function recordedSchemaVersion(metadata: unknown): number | undefined {
  if (typeof metadata !== 'object' || metadata === null) return 1;
  const recorded = (metadata as { schemaVersion?: unknown }).schemaVersion;
  if (recorded === undefined) return 1;
  return Number.isSafeInteger(recorded) && (recorded as number) >= 1 ? (recorded as number) : undefined;
}

/** An event's metadata with the schema version its type is written at now, as every writer records it. */
export function withSchemaVersion<M extends object>(
  metadata: M,
  type: DomainEventType,
): M & { schemaVersion: number } {
  return { ...metadata, schemaVersion: currentSchemaVersions[type] };
}
