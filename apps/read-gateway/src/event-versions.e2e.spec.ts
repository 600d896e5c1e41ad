import { randomUUID } from 'node:crypto';
import { skuStreamId } from '@sluice/domain';
import { appendDomainEvents, eventStoreBackends, eventTime, legacyProductRegistered } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReadSide, type ReadSide } from './test-support/read-side-harness';

const registeredPayload = `eventType schemaVersion data payload { ... on ProductRegisteredPayload { category } }`;

interface VersionedEvent {
  eventType: string;
  schemaVersion: number | null;
  data: Record<string, unknown>;
  payload: { category?: string } | null;
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(
    `event schema versions through the gateways on ${backend.name}`,
    () => {
      let side: ReadSide;
      let legacyId: string;
      let currentId: string;

      beforeAll(async () => {
        side = await startReadSide(backend);
        // A product registered by Sluice before categories: written as it was then, version 1.
        legacyId = randomUUID();
        const sku = `OLD-${legacyId.slice(0, 8).toUpperCase()}`;
        const registered = {
          type: 'ProductRegistered' as const,
          data: {
            productId: legacyId,
            sku,
            name: 'Old lamp',
            priceCents: 700,
            initialStock: 3,
            category: '',
            at: eventTime,
          },
        };
        await appendDomainEvents(
          side.store,
          [legacyId, 0, legacyProductRegistered(registered)],
          [skuStreamId(sku), 0, { type: 'SkuClaimed', data: { sku, productId: legacyId, at: eventTime } }],
        );
        currentId = (
          await side.write.registerProduct({
            sku: `NEW-${legacyId.slice(0, 8).toUpperCase()}`,
            name: 'New lamp',
            priceCents: 900,
            category: 'Lighting',
          })
        ).id;
        await side.catchUp();
      });
      afterAll(() => side?.close());

      it('shows a product registered before categories under "Uncategorized", beside one registered with its category', async () => {
        const { data, errors } = await side.query<{
          old: { category: string };
          current: { category: string };
        }>(
          `query ($old: ID!, $current: ID!) { old: product(id: $old) { category } current: product(id: $current) { category } }`,
          { old: legacyId, current: currentId },
        );
        expect(errors).toBeUndefined();
        expect(data).toEqual({ old: { category: 'Uncategorized' }, current: { category: 'Lighting' } });
      });

      it('decides commands on a product whose registration is version 1', async () => {
        const changed = await side.write.send('changeProductPrice', { productId: legacyId, priceCents: 750 });
        await side.catchUp();
        const { data } = await side.query<{
          product: { priceCents: number; category: string; version: number };
        }>(
          `query ($id: ID!, $atLeast: Position) { product(id: $id, atLeast: $atLeast) { priceCents category version } }`,
          { id: legacyId, atLeast: changed.position },
        );
        expect(data!.product).toEqual({ priceCents: 750, category: 'Uncategorized', version: 2 });
      });

      it("gives the history each event's data as recorded, its schema version, and the payload upcast", async () => {
        const history = async (productId: string) =>
          (
            await side.query<{ history: { edges: Array<{ node: VersionedEvent }> } }>(
              `query ($id: ID!) { history(productId: $id, oldestFirst: true, first: 1) { edges { node { ${registeredPayload} } } } }`,
              { id: productId },
            )
          ).data!.history.edges[0]!.node;
        const old = await history(legacyId);
        expect(old).toMatchObject({
          eventType: 'ProductRegistered',
          schemaVersion: 1,
          payload: { category: 'Uncategorized' },
        });
        expect(old.data).not.toHaveProperty('category');
        expect(await history(currentId)).toMatchObject({
          schemaVersion: 2,
          data: { category: 'Lighting' },
          payload: { category: 'Lighting' },
        });
      });
    },
  );
}
