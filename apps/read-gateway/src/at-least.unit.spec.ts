import { ProgressTracker } from '@sluice/projections';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { reachAtLeast, type AtLeastContext } from './at-least';

function contextOf(progress: ProgressTracker, staleReadTimeoutMs: number) {
  const context = {
    progress,
    staleReadTimeoutMs,
    forgotten: 0,
    loaders: { forget: () => context.forgotten++ },
  };
  return context satisfies AtLeastContext;
}

describe('atLeast', () => {
  it('answers at once without a position, or one already applied', async () => {
    const context = contextOf(new ProgressTracker(10n), 1);
    await expect(reachAtLeast(context, undefined)).resolves.toBeUndefined();
    expect(context.forgotten).toBe(0);
    await expect(reachAtLeast(context, '10')).resolves.toBeUndefined();
  });

  it('waits until the projections apply the position, then forgets rows cached before', async () => {
    const progress = new ProgressTracker(1n);
    const context = contextOf(progress, 5000);
    const waiting = reachAtLeast(context, '5');
    progress.advance(5n);
    await expect(waiting).resolves.toBeUndefined();
    expect(context.forgotten).toBe(1);
  });

  it('fails with STALE_READ and the position once the wait runs out', async () => {
    const error: unknown = await reachAtLeast(contextOf(new ProgressTracker(1n), 10), '99').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({
      message: 'The read models have not reached position 99 yet; retry later.',
      extensions: { code: 'STALE_READ', position: '99' },
    });
  });
});
