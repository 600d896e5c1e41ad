import { unauthenticated, type Caller } from '@sluice/auth';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { afterLongDelay } from '../long-timeout';

/**
 * Ends a subscription over SSE when its caller's token expires, with an UNAUTHENTICATED error as
 * its last result: a stream cannot outlive the token it was opened with. A WebSocket (a
 * subscription with a transport) needs no wrapper: its socket is closed with 4403 at expiry.
 */
export function useTokenExpiry<Context extends { caller: Caller; transport?: unknown }>(): Plugin<Context> {
  return {
    onSubscribe({ args }) {
      const context = args.contextValue as Context;
      const expiresAt = context.caller.expiresAt;
      if (expiresAt === undefined || context.transport !== undefined) return;
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) return;
          setResult(untilExpiry(result, expiresAt - Date.now()));
        },
      };
    },
  };
}

/**
 * The source's results until the token expires, then one UNAUTHENTICATED result and the end. An
 * iterator of its own rather than an async generator: a generator's return() would wait for the
 * pending next(), so a subscriber who leaves would hold the execution until the next change. No
 * promise outlives the next() it was made for, so a long subscription accumulates nothing.
 */
function untilExpiry(
  source: AsyncIterable<ExecutionResult>,
  remainingMs: number,
): AsyncIterableIterator<ExecutionResult> {
  const results = source[Symbol.asyncIterator]();
  let finished = false;
  let expired = false;
  let interruptPending: (() => void) | undefined;
  const interrupt = () => {
    const pending = interruptPending;
    interruptPending = undefined;
    pending?.();
  };
  const cancelTimer = afterLongDelay(remainingMs, () => {
    expired = true;
    interrupt();
  });
  const done = (): IteratorResult<ExecutionResult> => ({ done: true, value: undefined });
  const finish = (): IteratorResult<ExecutionResult> => {
    if (!finished) {
      finished = true;
      cancelTimer();
      interrupt();
      void Promise.resolve(results.return?.()).catch(() => undefined);
    }
    return done();
  };
  const expiry = (): IteratorResult<ExecutionResult> => {
    finish();
    return { done: false, value: { errors: [unauthenticated('Your token has expired: sign in again.')] } };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (finished) return Promise.resolve(done());
      if (expired) return Promise.resolve(expiry());
      return new Promise((resolve, reject) => {
        interruptPending = () => resolve(finished ? done() : expiry());
        results.next().then(
          (next) => {
            interruptPending = undefined;
            resolve(finished ? done() : next.done ? finish() : next);
          },
          (error: unknown) => {
            interruptPending = undefined;
            finish();
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
    return() {
      return Promise.resolve(finish());
    },
    throw(error: unknown) {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
  };
}
