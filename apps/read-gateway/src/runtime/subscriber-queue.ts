import { GraphQLError } from 'graphql';

export const tooSlow = 'Client too slow: its subscription fell too far behind';

/**
 * What one subscriber has yet to receive. Bounded: a subscriber that does not keep up is ended
 * with an error, and `onOverflow` may cut its connection off, rather than letting the server's
 * memory grow without limit.
 */
export class SubscriberQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private failed: (() => void) | undefined;
  private failure: Error | undefined;
  private done = false;

  constructor(
    private readonly maxQueued: number,
    private readonly onClose: () => void,
    private readonly onOverflow: () => void = () => {},
  ) {}

  push(item: T): void {
    if (this.done || this.failure) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
      return;
    }
    this.items.push(item);
    if (this.items.length > this.maxQueued) {
      this.fail(
        new GraphQLError('This subscription fell too far behind and was ended; subscribe again.', {
          extensions: { code: 'SUBSCRIBER_TOO_SLOW' },
        }),
      );
      this.onOverflow();
    }
  }

  /** Ends the subscription with `error`, dropping what was still queued. */
  fail(error: Error): void {
    if (this.done || this.failure) return;
    this.items.length = 0;
    this.failure = error;
    this.onClose();
    this.failed?.();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.failure) return Promise.reject(this.failure);
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = () => {
        if (this.failure) reject(this.failure);
      };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Ends the subscription from the server's side (e.g. at shutdown). */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.items.length = 0;
    this.onClose();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
