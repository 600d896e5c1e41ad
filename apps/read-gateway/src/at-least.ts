import { GraphQLError } from 'graphql';
import type { ReadLoaders } from './read-models/read-loaders';
import type { ReadContext } from './schema/read-context';

export type AtLeastContext = Pick<ReadContext, 'progress' | 'staleReadTimeoutMs'> & {
  loaders: Pick<ReadLoaders, 'forget'>;
};

/**
 * Read-your-writes: resolves once the projections have applied `atLeast` (at once without it),
 * or throws STALE_READ when they do not get there within the context's timeout.
 */
export async function reachAtLeast(
  context: AtLeastContext,
  atLeast: string | null | undefined,
): Promise<void> {
  if (atLeast === null || atLeast === undefined) return;
  if (await context.progress.waitFor(BigInt(atLeast), context.staleReadTimeoutMs)) {
    // Sibling fields without atLeast may have cached rows read before the position was applied.
    context.loaders.forget();
    return;
  }
  throw new GraphQLError(`The read models have not reached position ${atLeast} yet; retry later.`, {
    extensions: { code: 'STALE_READ', position: atLeast },
  });
}
