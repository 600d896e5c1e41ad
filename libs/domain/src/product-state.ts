import { assertNever } from './assert-never';
import type { ProductEvent } from './events';

export interface ProductState {
  exists: boolean;
  productId: string;
  sku: string;
  name: string;
  priceCents: number;
  /** Available stock: what is on hand and not reserved by an order. */
  stock: number;
  discontinued: boolean;
  category: string;
}

export function initialProductState(): ProductState {
  return {
    exists: false,
    productId: '',
    sku: '',
    name: '',
    priceCents: 0,
    stock: 0,
    discontinued: false,
    category: '',
  };
}

export function evolveProduct(state: ProductState, event: ProductEvent): ProductState {
  switch (event.type) {
    case 'ProductRegistered': {
      const { productId, sku, name, priceCents, initialStock, category } = event.data;
      return {
        exists: true,
        productId,
        sku,
        name,
        priceCents,
        stock: initialStock,
        discontinued: false,
        category,
      };
    }
    case 'ProductPriceChanged':
      return { ...state, priceCents: event.data.priceCents };
    case 'ProductRestocked':
      return { ...state, stock: state.stock + event.data.quantity };
    case 'ProductDiscontinued':
      return { ...state, discontinued: true };
    case 'StockReserved':
      return { ...state, stock: state.stock - event.data.quantity };
    case 'StockReleased':
      return { ...state, stock: state.stock + event.data.quantity };
    default:
      return assertNever(event);
  }
}
