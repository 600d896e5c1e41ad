import { GraphQLError, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SubscriberQueue } from '../runtime/subscriber-queue';
import { maskedResults } from './masked-results';

const maskError = (error: unknown) =>
  error instanceof GraphQLError && error.extensions['code'] ? error : new GraphQLError('Unexpected error.');

function stream(answer: ReturnType<typeof maskedResults>): AsyncIterator<ExecutionResult> {
  if (!(Symbol.asyncIterator in answer)) throw new Error('expected a stream');
  return answer[Symbol.asyncIterator]();
}

describe('masked results', () => {
  it('masks the errors of a single result and leaves a clean one as it is', () => {
    const clean: ExecutionResult = { data: { a: 1 } };
    expect(maskedResults(clean, maskError)).toBe(clean);
    const failed = maskedResults(
      {
        errors: [
          new GraphQLError('secret detail'),
          new GraphQLError('No.', { extensions: { code: 'FORBIDDEN' } }),
        ],
      },
      maskError,
    );
    expect('errors' in failed && failed.errors?.map((error) => error.message)).toEqual([
      'Unexpected error.',
      'No.',
    ]);
  });

  it('masks each result of a stream, and an error the stream throws', async () => {
    const source = new SubscriberQueue<ExecutionResult>(10, () => {});
    const results = stream(maskedResults(source, maskError));
    const clean: ExecutionResult = { data: { n: 1 } };
    source.push(clean);
    source.push({ data: null, errors: [new GraphQLError('secret detail')] });
    expect((await results.next()).value).toBe(clean);
    expect((await results.next()).value).toEqual({
      data: null,
      errors: [new GraphQLError('Unexpected error.')],
    });
    source.fail(new Error('secret detail'));
    await expect(results.next()).rejects.toThrow('Unexpected error.');
  });

  it('ends its source at once when returned, while a next() still waits', async () => {
    let ended = false;
    const source = new SubscriberQueue<ExecutionResult>(10, () => (ended = true));
    const results = stream(maskedResults(source, maskError));
    const pending = results.next();
    await results.return?.();
    expect(ended).toBe(true);
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
  });
});
