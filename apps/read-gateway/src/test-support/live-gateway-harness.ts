import { newPglite, openPgliteEventStore } from '@sluice/event-store';
import { createConsoleLogger } from '@sluice/gateway';
import { openPgliteProjections, ProgressTracker } from '@sluice/projections';
import { deadLetterDesk } from '../runtime/dead-letter-desk';
import { testAuth } from '@sluice/testing';
import { createReadGatewayApp, type ReadGatewayApp } from '../read-gateway-app';
import { LiveOperations } from '../subscriptions/live-operations';
import { LiveTestFeed } from './live-test-feed';

export interface LiveGateway {
  app: ReadGatewayApp;
  feed: LiveTestFeed;
  /** The read gateway's shared executions, to look into. */
  operations: LiveOperations;
  close(): Promise<void>;
}

/** A read gateway on an in-memory database whose live changes are the test's to push. */
export async function liveGateway(
  options: { subscriptionQueueLimit?: number; corsOrigins?: readonly string[] } = {},
): Promise<LiveGateway> {
  const pglite = newPglite();
  const store = await openPgliteEventStore({ pglite });
  const projections = await openPgliteProjections(pglite);
  const progress = new ProgressTracker();
  const feed = new LiveTestFeed();
  const operations = new LiveOperations(options.subscriptionQueueLimit ?? 1000);
  const app = createReadGatewayApp({
    db: projections.db,
    store,
    progress,
    feed,
    // No projector applies events here: the test pushes its changes.
    deadLetters: deadLetterDesk(projections.session, store, (work) => work()),
    logger: createConsoleLogger('live-gateway-test', { silent: true }),
    port: 0,
    host: '127.0.0.1',
    liveOperations: operations,
    ...(options.subscriptionQueueLimit ? { subscriptionQueueLimit: options.subscriptionQueueLimit } : {}),
    auth: testAuth,
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
  });
  return {
    app,
    feed,
    operations,
    async close() {
      await app.stop();
      progress.close();
      await store.close();
      await pglite.close();
    },
  };
}
