import type { Observable } from './observable';

/**
 * Calls `onChange` each time the entity `id` gets a new copy in `collection` (a push, a
 * read-your-write, a snapshot after a reconnect); other entities' changes do not call it.
 */
export function onEntityChange<T>(
  collection: Observable<ReadonlyMap<string, T>>,
  id: string,
  onChange: () => void,
): () => void {
  let seen = collection.current.get(id);
  return collection.subscribe(() => {
    const now = collection.current.get(id);
    if (now === seen) return;
    seen = now;
    onChange();
  });
}
