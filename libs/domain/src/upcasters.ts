import type { DomainEventType } from './events';
import { currentSchemaVersions } from './schema-versions';

/** Turns an event's data from one schema version into the next. */
type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/** What a product registered before categories existed is filed under. */
export const DEFAULT_CATEGORY = 'Uncategorized';

/**
 * For each type, the upcaster from version N (the key) to N + 1. A type whose current version
 * is above 1 needs one for every version below it: a test holds the chain complete.
 */
export const upcasters: { [T in DomainEventType]?: Record<number, Upcaster> } = {
  ProductRegistered: {
    1: (data) => ({ ...data, category: DEFAULT_CATEGORY }),
  },
};

/**
 * An event's data at the current schema version of its type, from the version it was written at.
 * Data written by a newer version than this code knows is returned as it is: versions only ever
 * add to the data, so it still holds what the current version reads (parseEvent checks that).
 */
export function upcast(
  type: DomainEventType,
  schemaVersion: number,
  data: Record<string, unknown>,
): Record<string, unknown> {
  let upcasted = data;
  for (let version = schemaVersion; version < currentSchemaVersions[type]; version++) {
    const step = upcasters[type]?.[version];
    if (!step) throw new Error(`${type} has no upcaster from schema version ${version}`);
    upcasted = step(upcasted);
  }
  return upcasted;
}
