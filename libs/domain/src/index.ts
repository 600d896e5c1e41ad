export type * from './events';
export type * from './errors';
export type * from './decision';
export { initialProductState, evolveProduct, type ProductState } from './product-state';
export { initialSkuState, evolveSku, skuStreamId, type SkuState } from './sku-stream';
export { initialOrderState, evolveOrder, productIdsOf, type OrderState } from './order-state';
export { registerProduct } from './register-product';
export { changeProductPrice, restockProduct, discontinueProduct } from './product-decider';
export { placeOrder } from './place-order';
export { payOrder, shipOrder, cancelOrder } from './order-decider';
export { orderNotFound } from './rejections';
export { unstorableInput } from './storable-input';
export {
  invalidCommandId,
  isStorableText,
  MAX_COMMAND_ID_LENGTH,
  MAX_ID_LENGTH,
  MAX_ORDER_TOTAL_CENTS,
  MAX_PRICE_CENTS,
} from './validation';
export {
  domainEventTypes,
  eventTypeDescriptions,
  isDomainEventType,
  orderEventTypes,
  productEventTypes,
} from './event-types';
export {
  changedEntities,
  isOrderEvent,
  isProductEvent,
  isSkuEvent,
  type ChangedEntities,
} from './changed-entities';
export { MalformedEventError, parseEvent, readableEvent, type RecordedEvent } from './parse-event';
export { currentSchemaVersions, recordedSchemaVersion, withSchemaVersion } from './schema-versions';
export { DEFAULT_CATEGORY, upcast } from './upcasters';
