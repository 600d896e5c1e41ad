import { Observable } from './observable';

export interface Versioned {
  id: string;
  version: number;
}

/**
 * How fresh an incoming copy is: `pushed` (a subscription or a read-your-write query, which
 * arrive in log order for an entity) or a `snapshot` (a query that may have been served before
 * a push that overtook it).
 */
export type Arrival = 'pushed' | 'snapshot';

/**
 * Entities by id; a snapshot query, a pushed change and a read-your-write query may arrive in any
 * order and the view still ends on the newest state. A higher version always wins. At an equal
 * version a push still wins, because some fields change without a new version (a product's units
 * sold move with its orders' payments); a snapshot never replaces what is already there.
 */
export class VersionedCollection<T extends Versioned> extends Observable<ReadonlyMap<string, T>> {
  constructor() {
    super(new Map());
  }

  merge(entities: readonly T[], arrival: Arrival): void {
    let next: Map<string, T> | undefined;
    for (const entity of entities) {
      const known = (next ?? this.current).get(entity.id);
      if (
        known &&
        (known.version > entity.version || (known.version === entity.version && arrival === 'snapshot'))
      )
        continue;
      next ??= new Map(this.current);
      next.set(entity.id, entity);
    }
    if (next) this.set(next);
  }
}
