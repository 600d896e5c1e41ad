/**
 * Serialises work on the same keys inside one process. Commands on one hot stream would
 * otherwise all read the same version and all but one would lose the append race; queueing
 * them here turns a storm of retries into a line. Keys are taken in sorted order, so two
 * commands sharing several keys cannot deadlock. Across processes the event store's version
 * check still decides; this only avoids wasted work.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async withKeys<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const releases: Array<() => void> = [];
    try {
      for (const key of sorted) releases.push(await this.acquire(key));
      return await work();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  private async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
