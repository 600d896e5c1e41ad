import { currentSchemaVersions } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';

/**
 * How an entity's state is folded from its stream, step by step. What a fold holds between
 * steps is JSON (positions as text), so that it can be kept as a snapshot.
 */
export interface EntityFold<Held> {
  name: string;
  /** Raise when a step would give another result for the same events: older snapshots are passed over. */
  version: number;
  initial(): Held;
  /** The state after one more event of the stream. */
  step(held: Held, event: StoredEvent): Held;
}

/** Names a fold's snapshots: its version and the events' schema versions it was written under. */
export function snapshotKey(fold: EntityFold<unknown>): string {
  return `${fold.name}@${fold.version}:${JSON.stringify(currentSchemaVersions)}`;
}
