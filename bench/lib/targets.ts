import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  newPglite,
  openPgliteEventStore,
  openPostgresEventStore,
  pgliteRawQuery,
  postgresRawQuery,
  type EventStore,
  type RawQuery,
} from '@sluice/event-store';
import { InProcessBus, RabbitMqBus, type EventBus } from '@sluice/messaging';
import { openPgliteProjections, openPostgresProjections, type OpenedProjections } from '@sluice/projections';
import { createTemporaryDatabase, temporaryRabbitNames, testAmqpUrl } from '@sluice/testing';
import postgres from 'postgres';

/** A fresh log, read models and bus on one backend, measured and then thrown away. */
export interface BenchTarget {
  backend: string;
  store: EventStore;
  query: RawQuery;
  projections: OpenedProjections;
  /** Runs `COPY (select) TO STDOUT` on the driver and answers the bytes it sent. */
  copyOut(select: string): Promise<number>;
  /** A new bus on this target's transport (each closed with the target). */
  bus(): EventBus;
  close(): Promise<void>;
}

export type OpenTarget = () => Promise<BenchTarget>;

export function benchTargets(available: {
  postgres: boolean;
  rabbit: boolean;
  /** PGlite on a data folder, as the embedded default runs, rather than in memory. */
  pgliteOnDisk?: boolean;
}): OpenTarget[] {
  const targets: OpenTarget[] = [() => openPgliteTarget(available.pgliteOnDisk ?? false)];
  if (available.postgres) targets.push(() => openPostgresTarget(available.rabbit));
  return targets;
}

async function openPgliteTarget(onDisk: boolean): Promise<BenchTarget> {
  // In memory, PGlite's files grow at a cost that rises with their size: a table of a few hundred
  // MB, as a rebuild of 1M events writes, fills several times slower than on disk.
  const folder = onDisk ? await mkdtemp(join(tmpdir(), 'sluice-bench-')) : undefined;
  const pglite = newPglite(folder);
  const store = await openPgliteEventStore({ pglite });
  const projections = await openPgliteProjections(pglite);
  const buses: EventBus[] = [];
  return {
    backend: onDisk ? 'PGlite (data folder) + in-process bus' : 'PGlite + in-process bus',
    store,
    query: pgliteRawQuery(pglite),
    projections,
    async copyOut(select) {
      const result = await pglite.query(`copy (${select}) to '/dev/blob'`);
      return result.blob?.size ?? 0;
    },
    bus() {
      const bus = new InProcessBus();
      buses.push(bus);
      return bus;
    },
    async close() {
      for (const bus of buses) await bus.close();
      await store.close();
      await pglite.close();
      if (folder) await rm(folder, { recursive: true, force: true });
    },
  };
}

async function openPostgresTarget(rabbit: boolean): Promise<BenchTarget> {
  const database = await createTemporaryDatabase();
  const store = await openPostgresEventStore({ url: database.url, maxConnections: 10 });
  const projections = await openPostgresProjections(database.url, 4);
  const client = postgres(database.url, { max: 2, onnotice: () => {} });
  const names = rabbit ? temporaryRabbitNames() : undefined;
  const buses: EventBus[] = [];
  return {
    backend: rabbit ? 'PostgreSQL + RabbitMQ' : 'PostgreSQL + in-process bus',
    store,
    query: postgresRawQuery(client),
    projections,
    async copyOut(select) {
      let bytes = 0;
      for await (const chunk of await client.unsafe(`copy (${select}) to stdout`).readable())
        bytes += (chunk as Buffer).length;
      return bytes;
    },
    bus() {
      const bus = names ? new RabbitMqBus({ url: testAmqpUrl, names }) : new InProcessBus();
      buses.push(bus);
      return bus;
    },
    async close() {
      for (const bus of buses) await bus.close();
      await names?.cleanup();
      await projections.close();
      await client.end();
      await store.close();
      await database.drop();
    },
  };
}
