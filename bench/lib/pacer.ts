/**
 * Hands out send times `perSecond` apart to any number of workers. A worker that falls behind
 * sends at once but builds no debt: a slow system is not answered with a burst.
 */
export class Pacer {
  private next = performance.now();
  private readonly interval: number;

  constructor(perSecond: number) {
    this.interval = 1000 / perSecond;
  }

  /** Resolves at this worker's next turn. */
  async turn(): Promise<void> {
    const now = performance.now();
    const at = Math.max(this.next, now);
    this.next = at + this.interval;
    if (at - now > 1) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}
