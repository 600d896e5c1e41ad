import { MalformedEventError, parseEvent, type DomainEvent } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';

/**
 * Folds a stream's events with the domain's own `evolve`, handing each applied event to `each`
 * as well. Like the projections, it passes over an event it cannot read (a malformed one, set
 * aside there as a dead letter) and one of another kind.
 */
export function foldEvents<S, E extends DomainEvent>(
  events: readonly StoredEvent[],
  initial: S,
  belongs: (event: DomainEvent) => event is E,
  evolve: (state: S, event: E) => S,
  each: (state: S, event: E, stored: StoredEvent) => void = () => {},
): S {
  let state = initial;
  for (const stored of events) {
    const event = readable(stored);
    if (!event || !belongs(event)) continue;
    state = evolve(state, event);
    each(state, event, stored);
  }
  return state;
}

function readable(stored: StoredEvent): DomainEvent | undefined {
  try {
    return parseEvent(stored);
  } catch (error) {
    if (error instanceof MalformedEventError) return undefined;
    throw error;
  }
}
