import { parseEvent, type DomainEvent, type DomainEventType } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';

/**
 * The domain event a stored one holds, checked: undefined for a type this code does not know
 * (it changes nothing), a MalformedEventError for data not of its type's shape, which the
 * projector sets aside as the projection's dead letter.
 */
export function domainEventOf(event: StoredEvent): DomainEvent | undefined {
  // Each projection reads each event more than once (ids to load, then apply): checked once.
  const held = event as StoredEvent & { [checked]?: DomainEvent | null };
  const known = held[checked];
  if (known !== undefined) return known ?? undefined;
  const domain = parseEvent(event);
  held[checked] = domain ?? null;
  return domain;
}

const checked = Symbol('the domain event, checked');

/**
 * Ids of one kind that a batch mentions, for a single bulk load: not those whose first event in
 * the batch is `creation`, which makes the row anew whatever was loaded for it (a new order's,
 * nearly always absent: a read saved on every such command).
 */
export function idsToLoad(
  events: readonly StoredEvent[],
  pick: (event: DomainEvent) => string | undefined,
  creation?: DomainEventType,
): string[] {
  const load = new Set<string>();
  const created = new Set<string>();
  for (const stored of events) {
    const event = domainEventOf(stored);
    const id = event && pick(event);
    if (id === undefined || load.has(id) || created.has(id)) continue;
    if (event!.type === creation) created.add(id);
    else load.add(id);
  }
  return [...load];
}
