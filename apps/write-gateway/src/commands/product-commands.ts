import { randomUUID } from 'node:crypto';
import {
  changeProductPrice,
  discontinueProduct,
  registerProduct,
  restockProduct,
  skuStreamId,
} from '@sluice/domain';
import type { CommandSpec } from './command-runner';
import type { DomainReaders } from './domain-readers';

export interface RegisterProductInput {
  sku: string;
  name: string;
  priceCents: number;
  initialStock?: number | null;
}

export interface ChangeProductPriceInput {
  productId: string;
  priceCents: number;
  expectedVersion?: number | null;
}

export interface RestockProductInput {
  productId: string;
  quantity: number;
  expectedVersion?: number | null;
}

export interface DiscontinueProductInput {
  productId: string;
  expectedVersion?: number | null;
}

export function registerProductCommand(
  readers: DomainReaders,
  input: RegisterProductInput,
  at: string,
): CommandSpec {
  const productId = randomUUID();
  return {
    type: 'registerProduct',
    input,
    lockKeys: [skuStreamId(input.sku)],
    async decide(fresh) {
      const product = readers.products.newStream();
      // A SKU is new at nearly every registration: no read for it, unless deciding afresh.
      const skuId = skuStreamId(input.sku);
      const sku = fresh ? await readers.skus.loadOne(skuId) : readers.skus.cachedOrNew(skuId);
      return { decision: registerProduct({ ...input, productId, at }, { product, sku }), subject: product };
    },
  };
}

export function changeProductPriceCommand(
  readers: DomainReaders,
  input: ChangeProductPriceInput,
  at: string,
): CommandSpec {
  return {
    type: 'changeProductPrice',
    input,
    lockKeys: [input.productId],
    async decide(fresh) {
      const product = await readers.products.loadOne(input.productId, { fresh });
      return { decision: changeProductPrice({ ...input, at }, { product }), subject: product };
    },
  };
}

export function restockProductCommand(
  readers: DomainReaders,
  input: RestockProductInput,
  at: string,
): CommandSpec {
  return {
    type: 'restockProduct',
    input,
    lockKeys: [input.productId],
    async decide(fresh) {
      const product = await readers.products.loadOne(input.productId, { fresh });
      return { decision: restockProduct({ ...input, at }, { product }), subject: product };
    },
  };
}

export function discontinueProductCommand(
  readers: DomainReaders,
  input: DiscontinueProductInput,
  at: string,
): CommandSpec {
  return {
    type: 'discontinueProduct',
    input,
    lockKeys: [input.productId],
    async decide(fresh) {
      const product = await readers.products.loadOne(input.productId, { fresh });
      return { decision: discontinueProduct({ ...input, at }, { product }), subject: product };
    },
  };
}
