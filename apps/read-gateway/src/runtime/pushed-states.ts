import { LRUCache } from 'lru-cache';

/**
 * The newest state pushed per entity. A read gateway that did not apply a change itself reads the
 * read models after it was committed, and may find a later change already applied: its push for
 * that later change would be the same state again. Admitting only states newer than the last one
 * pushed keeps what each entity's subscribers receive in strictly increasing position order, each
 * state once. Bounded: the entities changed longest ago are forgotten first (at worst, a state of
 * one of them is pushed twice).
 */
export class PushedStates {
  private readonly newest: LRUCache<string, bigint>;

  constructor(maxEntities = 100_000) {
    this.newest = new LRUCache({ max: maxEntities });
  }

  /** Whether `key`'s state at `position` is newer than any pushed; if so it now counts as pushed. */
  admit(key: string, position: bigint): boolean {
    // Asked without counting as a change: the entities changed longest ago are forgotten first.
    const last = this.newest.peek(key);
    if (last !== undefined && last >= position) return false;
    this.newest.set(key, position);
    return true;
  }
}
