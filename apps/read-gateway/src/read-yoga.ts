import type { EventStore } from '@sluice/event-store';
import { maskedErrors, securityPlugins, type Logger, type QueryLimits } from '@sluice/gateway';
import type { Db, ProjectionProgress } from '@sluice/projections';
import { createYoga } from 'graphql-yoga';
import type { LiveFeed } from './live-feed';
import { createReadLoaders } from './read-models/read-loaders';
import { readSchema } from './schema';
import type { ReadContext } from './schema/read-context';

const exampleQuery = `# Newest products, then the sales totals. Pass a mutation's position as atLeast
# to read your own write: the answer waits until the read models have applied it.
query Shop {
  products(first: 5) {
    totalCount
    edges { node { id sku name priceCents stock unitsSold discontinued } cursor }
    pageInfo { hasNextPage endCursor }
  }
  salesStats {
    ordersPlaced ordersPaid revenueCents
    topProducts(limit: 3) { product { name } unitsSold revenueCents }
  }
  projections { name position lag updatedAt }
}
`;

export interface ReadYogaOptions {
  db: Db;
  store: EventStore;
  progress: ProjectionProgress;
  feed: LiveFeed;
  logger: Logger;
  limits?: QueryLimits;
  /** How long a query with atLeast waits for the projections before STALE_READ. @default 5000 */
  staleReadTimeoutMs?: number;
}

export function createReadYoga(options: ReadYogaOptions) {
  const staleReadTimeoutMs = options.staleReadTimeoutMs ?? 5000;
  return createYoga<Record<string, never>, ReadContext>({
    schema: readSchema(),
    graphqlEndpoint: '/graphql',
    // GraphiQL runs subscriptions over graphql-ws, the protocol most frontends use.
    graphiql: { title: 'Sluice read gateway', defaultQuery: exampleQuery, subscriptionsProtocol: 'WS' },
    landingPage: false,
    batching: false,
    logging: false,
    maskedErrors: maskedErrors(options.logger),
    plugins: securityPlugins(options.limits),
    context: (): ReadContext => ({
      db: options.db,
      store: options.store,
      progress: options.progress,
      feed: options.feed,
      staleReadTimeoutMs,
      loaders: createReadLoaders(options.db),
    }),
  });
}
