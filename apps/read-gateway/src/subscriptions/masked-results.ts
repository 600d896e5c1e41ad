import type { ExecutionResult, GraphQLError } from 'graphql';
import type { SubscribeResult } from './live-operations';

/** Turns an error a client may not see into the one it gets (Yoga's masking, as configured). */
export type MaskError = (error: unknown) => GraphQLError;

/** A result whose errors are masked; the same object when it has none. */
export function maskedResult(result: ExecutionResult, maskError: MaskError): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((error) => maskError(error)) };
}

/**
 * What a subscribe answered, masked as Yoga masks every other result: each result's errors, and an
 * error the stream throws. An iterator of its own rather than an async generator, whose return()
 * would wait for the pending next(): the execution must end as soon as its last subscriber leaves.
 */
export function maskedResults(answer: SubscribeResult, maskError: MaskError): SubscribeResult {
  if (!(Symbol.asyncIterator in answer)) return maskedResult(answer, maskError);
  const results = answer[Symbol.asyncIterator]();
  const masked: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => masked,
    next: () =>
      results.next().then(
        (next) => (next.done ? next : { done: false, value: maskedResult(next.value, maskError) }),
        (error: unknown) => Promise.reject(maskError(error)),
      ),
    return: () => Promise.resolve(results.return?.()).then(() => ({ done: true, value: undefined }) as const),
  };
  return masked;
}
