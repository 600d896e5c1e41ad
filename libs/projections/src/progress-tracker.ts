/** How far the read models have applied the log, and a way to wait for a position. */
export interface ProjectionProgress {
  /** The position every projection has applied. */
  applied(): bigint;
  /** Resolves true once `position` is applied, false when `timeoutMs` passes first. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean>;
}

interface Waiter {
  position: bigint;
  resolve: (reached: boolean) => void;
  timer: NodeJS.Timeout;
}

/**
 * Progress fed by notifications (the local projector, or other processes' commits): waiters
 * wake on the advance that reaches them, never on a polling loop.
 */
export class ProgressTracker implements ProjectionProgress {
  private position: bigint;
  private readonly waiters = new Set<Waiter>();

  constructor(initial = 0n) {
    this.position = initial;
  }

  applied(): bigint {
    return this.position;
  }

  advance(position: bigint): void {
    if (position <= this.position) return;
    this.position = position;
    for (const waiter of this.waiters) {
      if (waiter.position > position) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve(true);
    }
  }

  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    if (position <= this.position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          resolve(false);
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Wakes every waiter with false, e.g. at shutdown. */
  close(): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve(false);
    }
    this.waiters.clear();
  }
}
