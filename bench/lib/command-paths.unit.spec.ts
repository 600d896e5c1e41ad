import { describe, expect, it } from 'vitest';
import { expectedFrames } from './command-paths';
import type { AcceptedCommand } from './shop-story';

const accepted = (id: string, streams: Record<string, bigint>): AcceptedCommand => ({
  id,
  position: [...Object.values(streams)].reduce((a, b) => (a > b ? a : b)),
  streams: new Map(Object.entries(streams)),
});

function frameOn(frames: ReturnType<typeof expectedFrames>, subscription: string) {
  const frame = frames.find((f) => f.subscription === subscription);
  if (!frame) throw new Error(`no ${subscription} frame expected`);
  return frame;
}

describe('the frames a command must bring', () => {
  it('a placed order: its product at the reservation, the order and the sales figures at the order event, events at the last', () => {
    const frames = expectedFrames('placeOrder', accepted('o1', { o1: 10n, p1: 11n }), {
      productId: 'p1',
      orderId: 'o1',
    });
    expect(frames.map((f) => f.subscription)).toEqual([
      'productChanged',
      'orderChanged',
      'salesStatsChanged',
      'events',
    ]);
    const product = frameOn(frames, 'productChanged');
    expect(product.matches({ id: 'p1', position: 11n })).toBe(true);
    expect(product.matches({ id: 'p1', position: 10n })).toBe(false);
    expect(product.matches({ id: 'p2', position: 11n })).toBe(false);
    expect(frameOn(frames, 'orderChanged').matches({ id: 'o1', position: 10n })).toBe(true);
    expect(frameOn(frames, 'salesStatsChanged').matches({ position: 10n })).toBe(true);
    expect(frameOn(frames, 'salesStatsChanged').matches({ position: 9n })).toBe(false);
    expect(frameOn(frames, 'events').matches({ position: 10n })).toBe(false);
    expect(frameOn(frames, 'events').matches({ position: 11n })).toBe(true);
  });

  it('a payment moves its product from the payment on, though it writes no product event', () => {
    const frames = expectedFrames('payOrder', accepted('o1', { o1: 20n }), {
      productId: 'p1',
      orderId: 'o1',
    });
    const product = frameOn(frames, 'productChanged');
    expect(product.matches({ id: 'p1', position: 20n })).toBe(true);
    expect(product.matches({ id: 'p1', position: 19n })).toBe(false);
  });

  it('a shipment moves no product, and a product command no order nor the sales figures', () => {
    const shipped = expectedFrames('shipOrder', accepted('o1', { o1: 30n }), {
      productId: 'p1',
      orderId: 'o1',
    });
    expect(shipped.map((f) => f.subscription)).toEqual(['orderChanged', 'salesStatsChanged', 'events']);
    const restocked = expectedFrames('restockProduct', accepted('p1', { p1: 31n }), { productId: 'p1' });
    expect(restocked.map((f) => f.subscription)).toEqual(['productChanged', 'events']);
  });
});
