import { describe, expect, it } from 'vitest';
import { domainEventTypes } from './event-types';
import type { DomainEvent } from './events';
import { MalformedEventError, parseEvent, readableEvent } from './parse-event';
import { currentSchemaVersions, withSchemaVersion } from './schema-versions';
import { orderCancelled, orderPlaced, productRegistered, skuClaimed } from './testing/fixtures';
import { DEFAULT_CATEGORY, upcasters } from './upcasters';

/** An event as the write side records it now. */
const recorded = (event: DomainEvent) => ({ ...event, metadata: withSchemaVersion({}, event.type) });

describe('parseEvent', () => {
  it('gives back every event the domain writes as it is', () => {
    for (const event of [
      productRegistered(),
      skuClaimed(),
      orderPlaced(),
      orderCancelled({ reason: 'late' }),
    ])
      expect(parseEvent(recorded(event))).toStrictEqual(event);
  });

  it('answers undefined for a type this code does not know, so that it changes nothing', () => {
    expect(
      parseEvent({ type: 'ProductRenamed', data: { productId: 'p', name: 'n' }, metadata: {} }),
    ).toBeUndefined();
    expect(parseEvent({ type: 'toString', data: {}, metadata: {} })).toBeUndefined();
  });

  it('refuses a known type whose data is not its shape, naming the field', () => {
    const { data } = productRegistered();
    const metadata = withSchemaVersion({}, 'ProductRegistered');
    expect(() =>
      parseEvent({ type: 'ProductRegistered', data: { ...data, priceCents: '12.50' }, metadata }),
    ).toThrow(new MalformedEventError('ProductRegistered.priceCents must be integer, not "12.50"'));
    expect(() =>
      parseEvent({ type: 'ProductRegistered', data: { ...data, sku: undefined }, metadata }),
    ).toThrow('ProductRegistered.sku must be text, not missing');
    expect(() => parseEvent({ type: 'ProductRegistered', data: { ...data, category: 7 }, metadata })).toThrow(
      'ProductRegistered.category must be text, not 7',
    );
    expect(() =>
      parseEvent(recorded({ ...orderPlaced(), data: { ...orderPlaced().data, lines: [] } })),
    ).toThrow('OrderPlaced.lines');
    expect(() =>
      parseEvent(
        recorded({
          ...orderPlaced(),
          data: { ...orderPlaced().data, lines: [{ productId: 'p', quantity: 1.5, unitPriceCents: 1 }] },
        }),
      ),
    ).toThrow('OrderPlaced.lines must be order lines');
    expect(() =>
      parseEvent({
        type: 'OrderCancelled',
        data: { ...orderCancelled().data, previousStatus: 'SHIPPED' },
        metadata: {},
      }),
    ).toThrow('OrderCancelled.previousStatus must be PLACED or PAID, not "SHIPPED"');
    expect(() => parseEvent({ type: 'OrderPaid', data: null, metadata: {} })).toThrow(
      'OrderPaid has no data object',
    );
  });

  it('reads leniently for those that pass over what the projections could not apply', () => {
    expect(readableEvent(recorded(orderPlaced()))).toStrictEqual(orderPlaced());
    expect(readableEvent({ type: 'OrderPaid', data: { orderId: 'o' }, metadata: {} })).toBeUndefined();
    expect(readableEvent({ type: 'ProductRenamed', data: {}, metadata: {} })).toBeUndefined();
  });

  describe('schema versions', () => {
    const { category: _category, ...v1 } = productRegistered().data;

    it('reads an event recorded without a schema version as version 1, upcast to the current one', () => {
      for (const metadata of [{}, { schemaVersion: 1 }, null])
        expect(parseEvent({ type: 'ProductRegistered', data: v1, metadata })).toStrictEqual({
          type: 'ProductRegistered',
          data: { ...v1, category: DEFAULT_CATEGORY },
        });
    });

    it('reads the current version as it was written', () => {
      const data = { ...v1, category: 'Garden' };
      expect(parseEvent({ type: 'ProductRegistered', data, metadata: { schemaVersion: 2 } })).toStrictEqual({
        type: 'ProductRegistered',
        data,
      });
    });

    it('reads a version newer than this code knows as the current one, when it still holds its shape', () => {
      const data = { ...v1, category: 'Garden', colour: 'green' };
      expect(
        parseEvent({ type: 'ProductRegistered', data, metadata: { schemaVersion: 3 } })?.data,
      ).toMatchObject({
        category: 'Garden',
      });
      expect(() =>
        parseEvent({ type: 'ProductRegistered', data: v1, metadata: { schemaVersion: 3 } }),
      ).toThrow('ProductRegistered.category must be text, not missing');
    });

    it.each([0, -1, 1.5, '2', true])('refuses the schema version %j as unreadable', (schemaVersion) => {
      expect(() => parseEvent({ type: 'ProductRegistered', data: v1, metadata: { schemaVersion } })).toThrow(
        new MalformedEventError('ProductRegistered has an unreadable schema version in its metadata'),
      );
    });

    it('has an upcaster from every version below the current one of every type', () => {
      for (const type of domainEventTypes)
        for (let version = 1; version < currentSchemaVersions[type]; version++)
          expect(upcasters[type]?.[version], `${type} v${version}`).toBeTypeOf('function');
    });
  });
});
