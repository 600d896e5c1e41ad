/**
 * A level-triggered wake-up: `wait` resolves at once when `notify` came since the last wait,
 * else on the next notify (or after `timeoutMs`). Many notifies while busy coalesce into one.
 */
export class WakeSignal {
  private pending = false;
  private waiter: (() => void) | undefined;

  notify(): void {
    this.pending = true;
    this.waiter?.();
  }

  async wait(timeoutMs?: number): Promise<void> {
    if (!this.pending) {
      await new Promise<void>((resolve) => {
        const timer = timeoutMs === undefined ? undefined : setTimeout(resolve, timeoutMs);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = undefined;
    }
    this.pending = false;
  }
}
