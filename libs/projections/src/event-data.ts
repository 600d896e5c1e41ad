import type { DomainEvent } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';

/** The log holds what the domain wrote, so its type/data pairs are domain events. */
export function asDomainEvent(event: StoredEvent): DomainEvent {
  return { type: event.type, data: event.data } as DomainEvent;
}

/** Ids of one kind that a batch mentions, for a single bulk load. */
export function idsIn(
  events: readonly StoredEvent[],
  pick: (event: DomainEvent) => string | undefined,
): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    const id = pick(asDomainEvent(event));
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}
