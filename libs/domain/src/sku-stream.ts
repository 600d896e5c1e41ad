import { assertNever } from './assert-never';
import type { SkuEvent } from './events';

/** A SKU's own stream: the product that claimed it, if any. */
export interface SkuState {
  claimedBy: string | null;
}

export function skuStreamId(sku: string): string {
  return `sku:${sku}`;
}

export function initialSkuState(): SkuState {
  return { claimedBy: null };
}

export function evolveSku(_state: SkuState, event: SkuEvent): SkuState {
  switch (event.type) {
    case 'SkuClaimed':
      return { claimedBy: event.data.productId };
    default:
      // A single-member union narrows its discriminant, not the event, to never.
      return assertNever(event.type);
  }
}
