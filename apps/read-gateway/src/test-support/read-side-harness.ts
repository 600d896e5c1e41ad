import { createConsoleLogger } from '@sluice/gateway';
import {
  allProjections,
  openPgliteProjections,
  openPostgresProjections,
  ProgressTracker,
  Projector,
  type OpenedProjections,
  type ProjectionProgress,
} from '@sluice/projections';
import type { EventStore } from '@sluice/event-store';
import {
  authHeader,
  type StoreBackend,
  postGraphQL,
  testAuth,
  type GraphQLResponse,
  untilReadable,
  writeClient,
  type WriteClient,
} from '@sluice/testing';
import { createWriteGatewayApp } from '@sluice/write-gateway';
import { createReadGatewayApp } from '../read-gateway-app';
import { ReadModelsVersion } from '../response-cache/read-models-version';
import { deadLetterDesk } from '../runtime/dead-letter-desk';
import { PushFeed } from './push-feed';

export interface ReadSide {
  readUrl: string;
  writeUrl: string;
  /** A second read gateway on the same models that gives up on atLeast after 200 ms. */
  impatientUrl: string;
  /**
   * A third that keeps answers while the read models stand still, as deployed (the others read
   * the models for every query): its version follows the projector and the announcements. It
   * gives up on atLeast after 200 ms too.
   */
  cachedUrl: string;
  write: WriteClient;
  feed: PushFeed;
  store: EventStore;
  projections: OpenedProjections;
  /** Applies everything written so far to the read models, as the read side's runtime does. */
  catchUp(): Promise<bigint>;
  /** Resolves with the position of the next query that starts waiting for atLeast. */
  nextWait(): Promise<bigint>;
  /** A query to the read gateway, as the shop's operator unless other headers are given. */
  query<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** A write gateway and read gateways over one store, with a projector the test drives by hand. */
export async function startReadSide(backend: StoreBackend): Promise<ReadSide> {
  const opened = await backend.open();
  const logger = createConsoleLogger('read-gateway-test', { silent: true });
  const projections = opened.pglite
    ? await openPgliteProjections(opened.pglite)
    : await openPostgresProjections(opened.databaseUrl ?? '');
  const tracker = new ProgressTracker();
  const projector = new Projector(projections.session, opened.store, allProjections, {
    onApplied: (position) => tracker.advance(position),
  });
  const waits: Array<(position: bigint) => void> = [];
  const progress: ProjectionProgress = {
    applied: () => tracker.applied(),
    waitFor(position, timeoutMs) {
      for (const notify of waits.splice(0)) notify(position);
      return tracker.waitFor(position, timeoutMs);
    },
  };
  const feed = new PushFeed();
  const base = {
    db: projections.db,
    store: opened.store,
    progress,
    feed,
    // The test drives the projector: a retry runs between two of its catch-ups, and the rows the
    // projector held in memory are forgotten after it.
    deadLetters: deadLetterDesk(projections.session, opened.store, async (work) => {
      try {
        return await work();
      } finally {
        await projector.appliedPosition();
      }
    }),
    logger,
    port: 0,
    host: '127.0.0.1',
    auth: testAuth,
  };
  const writeApp = createWriteGatewayApp({
    store: opened.store,
    logger,
    port: 0,
    host: '127.0.0.1',
    auth: testAuth,
  });
  const readApp = createReadGatewayApp(base);
  const impatientApp = createReadGatewayApp({ ...base, staleReadTimeoutMs: 200 });
  const version = new ReadModelsVersion(tracker);
  const unlisten = await version.followAnnouncements(projections);
  const cachedApp = createReadGatewayApp({ ...base, readModelsVersion: version, staleReadTimeoutMs: 200 });
  const [writeBase, readBase, impatientBase, cachedBase] = await Promise.all([
    writeApp.start(),
    readApp.start(),
    impatientApp.start(),
    cachedApp.start(),
  ]);
  const readUrl = `${readBase}/graphql`;
  const operator = await authHeader('operator');
  return {
    readUrl,
    writeUrl: `${writeBase}/graphql`,
    impatientUrl: `${impatientBase}/graphql`,
    cachedUrl: `${cachedBase}/graphql`,
    write: writeClient(`${writeBase}/graphql`),
    feed,
    store: opened.store,
    projections,
    async catchUp() {
      // Everything written so far, once readable (an open transaction elsewhere can delay it).
      await untilReadable(opened.store, await opened.store.head());
      return projector.catchUp();
    },
    nextWait: () => new Promise((resolve) => waits.push(resolve)),
    query: (query, variables, headers = operator) => postGraphQL(readUrl, query, variables, headers),
    async close() {
      feed.close();
      tracker.close();
      await Promise.all([writeApp.stop(), readApp.stop(), impatientApp.stop(), cachedApp.stop()]);
      await unlisten();
      await projections.close();
      await opened.cleanup();
    },
  };
}
