import { randomUUID } from 'node:crypto';
import { withSchemaVersion, type DomainEvent } from '@sluice/domain';
import { createConsoleLogger } from '@sluice/gateway';
import { InProcessBus, Relay } from '@sluice/messaging';
import { openPostgresProjections, type OpenedProjections } from '@sluice/projections';
import { eventStoreBackends, type OpenedStore } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startReadSideRuntime, type ReadSideRuntime } from './read-side-runtime';

const at = '2026-01-01T00:00:00.000Z';
const metadata = { correlationId: 'test', causationId: 'test', at };
const postgresBackend = (await eventStoreBackends()).find((backend) => backend.name === 'PostgreSQL')!;

// On PostgreSQL the projector's own commits are also announced by LISTEN, racing its own report.
describe.skipIf(postgresBackend.skip !== false)('the read side runtime on PostgreSQL', () => {
  let opened: OpenedStore;
  let projections: OpenedProjections;
  let runtime: ReadSideRuntime;
  let relay: Relay;
  const bus = new InProcessBus();

  beforeAll(async () => {
    opened = await postgresBackend.open();
    projections = await openPostgresProjections(opened.databaseUrl!, 4);
    const logger = createConsoleLogger('runtime-test', { silent: true });
    runtime = await startReadSideRuntime({ store: opened.store, projections, bus, logger });
    relay = new Relay({ store: opened.store, bus });
    await relay.start();
  });
  afterAll(async () => {
    await relay?.stop();
    await runtime?.stop();
    await bus.close();
    await projections?.close();
    await opened?.cleanup();
  });

  async function append(streamId: string, version: number, event: DomainEvent): Promise<void> {
    const outcome = await opened.store.append([
      {
        streamId,
        expectedVersion: version,
        events: [{ eventId: randomUUID(), ...event, metadata: withSchemaVersion(metadata, event.type) }],
      },
    ]);
    expect(outcome.kind).toBe('appended');
  }

  it('pushes every change from the rows its projector wrote, never reading them back', async () => {
    const productId = randomUUID();
    const pushed = runtime.feed.productChanged(productId)[Symbol.asyncIterator]();
    await append(productId, 0, {
      type: 'ProductRegistered',
      data: {
        productId,
        sku: 'RUNTIME-1',
        name: 'Runtime',
        priceCents: 100,
        initialStock: 0,
        category: 'Runtime',
        at,
      },
    });
    expect((await pushed.next()).value).toMatchObject({ stock: 0 });
    const reads = vi.spyOn(projections.db, 'select');
    try {
      for (let version = 1; version <= 50; version++) {
        await append(productId, version, { type: 'ProductRestocked', data: { productId, quantity: 1, at } });
        expect((await pushed.next()).value).toMatchObject({ stock: version });
      }
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
      await pushed.return?.();
    }
  });
});
