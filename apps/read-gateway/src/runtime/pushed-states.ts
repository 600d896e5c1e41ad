/**
 * The newest state pushed per entity. A read gateway that did not apply a change itself reads the
 * read models after it was committed, and may find a later change already applied: its push for
 * that later change would be the same state again. Admitting only states newer than the last one
 * pushed keeps what each entity's subscribers receive in strictly increasing position order, each
 * state once. Bounded: the entities changed longest ago are forgotten first (at worst, a state of
 * one of them is pushed twice).
 */
export class PushedStates {
  private readonly newest = new Map<string, bigint>();

  constructor(private readonly maxEntities = 100_000) {}

  /** Whether `key`'s state at `position` is newer than any pushed; if so it now counts as pushed. */
  admit(key: string, position: bigint): boolean {
    const last = this.newest.get(key);
    if (last !== undefined && last >= position) return false;
    // Re-inserted to be the newest in the map's order, which is the order it forgets in.
    this.newest.delete(key);
    this.newest.set(key, position);
    if (this.newest.size > this.maxEntities) this.newest.delete(this.newest.keys().next().value!);
    return true;
  }
}
