import type { EventStore } from '@sluice/event-store';
import type { GatewayMetrics } from '@sluice/gateway';
import { allProjections, waitingCounts, type OpenedProjections } from '@sluice/projections';
import type { ReadSideRuntime } from './runtime/read-side-runtime';
import { secondsBehind } from './seconds-behind';

const names = allProjections.map(({ name }) => name);

interface Lag {
  projection: string;
  position: bigint;
  events: number;
  seconds: number;
}

/**
 * The read side's gauges, taken at each scrape: each projection's position, lag (in events, and
 * in seconds since the oldest event it has not applied) and waiting dead letters; the sockets and
 * the subscriptions being pushed to.
 */
export function registerReadSideMetrics(
  metrics: GatewayMetrics,
  options: {
    store: EventStore;
    projections: OpenedProjections;
    runtime: Pick<ReadSideRuntime, 'projector' | 'feed'>;
    webSocketConnections: () => number;
  },
): void {
  const { store, projections, runtime } = options;
  // The three lag gauges are collected at once in a scrape: they share one reading.
  let reading: Promise<Lag[]> | undefined;
  const lags = () => (reading ??= readLags().finally(() => (reading = undefined)));
  const readLags = async (): Promise<Lag[]> => {
    const [head, positions] = await Promise.all([store.head(), runtime.projector.positions()]);
    return Promise.all(
      names.map(async (projection) => {
        const position = positions.get(projection)?.position ?? 0n;
        const seconds = position < head ? await secondsBehind(store, position) : 0;
        return { projection, position, events: Number(head - position), seconds };
      }),
    );
  };
  metrics.gauge(
    'sluice_projection_position',
    'The log position each projection has applied',
    ['projection'],
    async () =>
      (await lags()).map(({ projection, position }) => ({ labels: { projection }, value: Number(position) })),
  );
  metrics.gauge(
    'sluice_projection_lag_events',
    'Events in the log a projection has not applied',
    ['projection'],
    async () => (await lags()).map(({ projection, events }) => ({ labels: { projection }, value: events })),
  );
  metrics.gauge(
    'sluice_projection_lag_seconds',
    'Age of the oldest event a projection has not applied (0 when current)',
    ['projection'],
    async () => (await lags()).map(({ projection, seconds }) => ({ labels: { projection }, value: seconds })),
  );
  metrics.gauge('sluice_dead_letters', 'Dead letters waiting for retry or skip', ['projection'], async () => {
    const counts = await waitingCounts(projections.db, names);
    return names.map((projection) => ({ labels: { projection }, value: counts.get(projection) ?? 0 }));
  });
  metrics.gauge('sluice_websocket_connections', 'Open graphql-ws sockets', [], () =>
    Promise.resolve([{ value: options.webSocketConnections() }]),
  );
  metrics.gauge(
    'sluice_subscriptions',
    'Subscriptions being pushed to, by what they follow',
    ['follows'],
    () =>
      Promise.resolve(
        Object.entries(runtime.feed.subscribers()).map(([follows, value]) => ({
          labels: { follows },
          value,
        })),
      ),
  );
}
