import { describe, expect, it } from 'vitest';
import { evolveSku, initialSkuState, skuStreamId } from './sku-stream';
import { skuClaimed } from './testing/fixtures';

describe('sku stream', () => {
  it('is named after the SKU', () => {
    expect(skuStreamId('WIDGET-1')).toBe('sku:WIDGET-1');
  });

  it('starts unclaimed', () => {
    expect(initialSkuState()).toStrictEqual({ claimedBy: null });
  });

  it('is claimed by the product that registered it', () => {
    expect(evolveSku(initialSkuState(), skuClaimed({ productId: 'product-9' }))).toStrictEqual({
      claimedBy: 'product-9',
    });
  });
});
