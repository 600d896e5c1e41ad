import type { EventStore } from '@sluice/event-store';
import type { Logger } from '@sluice/gateway';
import {
  forgetAbandonedRebuild,
  RebuildError,
  rebuildProjections,
  staleProjections,
  type AnyProjection,
  type OpenedProjections,
} from '@sluice/projections';

/** Seconds between two progress lines of a rebuild at start. */
const PROGRESS_EVERY_MS = 5000;

/**
 * Rebuilds, blue-green, each projection whose live generation another version of its code built,
 * while the live one goes on serving; resolves once switched, refused (another process rebuilds)
 * or stopped by `signal`. Embedded, the rebuild shares the one connection with the live side: its
 * batches are kept small so that requests wait little between them.
 */
export async function rebuildStaleGenerations(options: {
  projections: OpenedProjections;
  store: EventStore;
  code: readonly AnyProjection[];
  logger: Logger;
  signal: AbortSignal;
}): Promise<void> {
  const { projections, store, logger, signal } = options;
  if (
    await forgetAbandonedRebuild(
      projections,
      options.code.map(({ name }) => name),
    )
  )
    logger.warn('dropped what a rebuild left when its process stopped; it was not switched to');
  const stale = await staleProjections(projections.session.query, options.code);
  if (stale.length === 0) return;
  const names = stale.map(({ name }) => name).join(', ');
  logger.warn(
    'rebuilding projections built by another version of their code; the live ones serve meanwhile',
    {
      projections: names,
    },
  );
  let reported = 0;
  try {
    const result = await rebuildProjections(projections, store, {
      projections: stale,
      batchSize: projections.client ? 5000 : 500,
      signal,
      onProgress({ phase, position, head, seconds }) {
        if (performance.now() - reported < PROGRESS_EVERY_MS) return;
        reported = performance.now();
        logger.info('rebuild', {
          phase,
          position: String(position),
          head: String(head),
          seconds: Math.round(seconds),
        });
      },
    });
    logger.info('rebuild switched', {
      projections: names,
      position: String(result.position),
      events: result.events,
      seconds: Math.round(result.seconds * 10) / 10,
      deadLetters: result.deadLetters,
    });
  } catch (error) {
    if (signal.aborted) logger.info('rebuild stopped with the read side; it starts over at the next start');
    else if (error instanceof RebuildError)
      logger.info('another process is rebuilding', { projections: names });
    else logger.error('rebuild failed; the live generation keeps serving', { error: String(error) });
  }
}
