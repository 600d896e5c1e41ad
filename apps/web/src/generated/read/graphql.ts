/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type DeadLetterResolution =
  /** Applied with the code running now. */
  | 'RETRIED'
  /** Let go: the projection goes on without the event. */
  | 'SKIPPED';

export type OrderStatus =
  | 'CANCELLED'
  | 'PAID'
  | 'PLACED'
  | 'SHIPPED';

export type ProjectionState =
  /** Applying the log, with dead letters waiting for an operator. */
  | 'FAILING'
  /** Applying the log, with no dead letter waiting. */
  | 'LIVE'
  /** Applying the log and serving, while a new generation is built beside it (no dead letter waiting). */
  | 'REBUILDING';

export type RebuildPhase =
  /** Applying the log to the new generation. */
  | 'CATCHING_UP'
  /** Giving the new tables the live ones' indexes. */
  | 'INDEXING'
  /** In place: the status shows it live at its next reading. */
  | 'SWITCHED'
  /** Applying what came meanwhile and putting the new generation in place of the live one. */
  | 'SWITCHING'
  /** Writing out the rows it applied in memory. */
  | 'WRITING';

export type Role =
  /** Reads the sales figures. */
  | 'ANALYST'
  /** Places and follows their own orders. */
  | 'CUSTOMER'
  /** Runs the shop: the catalog, every order, the log. */
  | 'OPERATOR';

/** How long each bucket of a sales timeline is, in UTC. */
export type SalesBucketSize =
  | 'DAY'
  | 'HOUR';

export type ProductFieldsFragment = { id: string, sku: string, name: string, category: string, priceCents: number, stock: number, unitsSold: number, discontinued: boolean, version: number, position: string };

export type OrderFieldsFragment = { id: string, customerId: string, status: OrderStatus, totalCents: number, placedAt: string, paidAt: string | null, shippedAt: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, position: string, lines: Array<{ productId: string, quantity: number, unitPriceCents: number, lineTotalCents: number, product: { name: string, sku: string } | null }> };

export type SalesFieldsFragment = { ordersPlaced: number, ordersPaid: number, ordersShipped: number, ordersCancelled: number, revenueCents: number, position: string, topProducts: Array<{ unitsSold: number, revenueCents: number, product: { id: string, name: string, sku: string } }> };

export type ProductsSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductsSnapshotQuery = { products: { edges: Array<{ node: { id: string, sku: string, name: string, category: string, priceCents: number, stock: number, unitsSold: number, discontinued: boolean, version: number, position: string } }> } };

export type OrdersSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersSnapshotQuery = { orders: { edges: Array<{ node: { id: string, customerId: string, status: OrderStatus, totalCents: number, placedAt: string, paidAt: string | null, shippedAt: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, position: string, lines: Array<{ productId: string, quantity: number, unitPriceCents: number, lineTotalCents: number, product: { name: string, sku: string } | null }> } }> } };

export type SalesSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesSnapshotQuery = { salesStats: { ordersPlaced: number, ordersPaid: number, ordersShipped: number, ordersCancelled: number, revenueCents: number, position: string, topProducts: Array<{ unitsSold: number, revenueCents: number, product: { id: string, name: string, sku: string } }> } };

export type LogHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type LogHeadQuery = { projections: Array<{ position: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string | null, roles: Array<Role>, expiresAt: string | null } };

export type ProductAtLeastQueryVariables = Exact<{
  id: string | number;
  atLeast?: string | null | undefined;
}>;


export type ProductAtLeastQuery = { product: { id: string, sku: string, name: string, category: string, priceCents: number, stock: number, unitsSold: number, discontinued: boolean, version: number, position: string } | null };

export type OrderAtLeastQueryVariables = Exact<{
  id: string | number;
  atLeast?: string | null | undefined;
}>;


export type OrderAtLeastQuery = { order: { id: string, customerId: string, status: OrderStatus, totalCents: number, placedAt: string, paidAt: string | null, shippedAt: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, position: string, lines: Array<{ productId: string, quantity: number, unitPriceCents: number, lineTotalCents: number, product: { name: string, sku: string } | null }> } | null };

export type ProductAsOfQueryVariables = Exact<{
  id: string | number;
  position: string;
}>;


export type ProductAsOfQuery = { product: { id: string, sku: string, name: string, category: string, priceCents: number, stock: number, unitsSold: number, discontinued: boolean, version: number, position: string } | null };

export type OrderAsOfQueryVariables = Exact<{
  id: string | number;
  position: string;
}>;


export type OrderAsOfQuery = { order: { id: string, customerId: string, status: OrderStatus, totalCents: number, placedAt: string, paidAt: string | null, shippedAt: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, position: string, lines: Array<{ productId: string, quantity: number, unitPriceCents: number, lineTotalCents: number, product: { name: string, sku: string } | null }> } | null };

export type SalesStatsAtLeastQueryVariables = Exact<{
  atLeast?: string | null | undefined;
}>;


export type SalesStatsAtLeastQuery = { salesStats: { ordersPlaced: number, ordersPaid: number, ordersShipped: number, ordersCancelled: number, revenueCents: number, position: string, topProducts: Array<{ unitsSold: number, revenueCents: number, product: { id: string, name: string, sku: string } }> } };

export type SalesTimelineQueryVariables = Exact<{
  from: string;
  to: string;
  bucket: SalesBucketSize;
  atLeast?: string | null | undefined;
}>;


export type SalesTimelineQuery = { salesTimeline: Array<{ start: string, end: string, ordersPaid: number, revenue: string }> };

export type ProductChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ProductChangedSubscription = { productChanged: { id: string, sku: string, name: string, category: string, priceCents: number, stock: number, unitsSold: number, discontinued: boolean, version: number, position: string } };

export type OrderChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OrderChangedSubscription = { orderChanged: { id: string, customerId: string, status: OrderStatus, totalCents: number, placedAt: string, paidAt: string | null, shippedAt: string | null, cancelledAt: string | null, cancelReason: string | null, version: number, position: string, lines: Array<{ productId: string, quantity: number, unitPriceCents: number, lineTotalCents: number, product: { name: string, sku: string } | null }> } };

export type SalesStatsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SalesStatsChangedSubscription = { salesStatsChanged: { ordersPlaced: number, ordersPaid: number, ordersShipped: number, ordersCancelled: number, revenueCents: number, position: string, topProducts: Array<{ unitsSold: number, revenueCents: number, product: { id: string, name: string, sku: string } }> } };

export type EventFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EventFeedSubscription = { events: { position: string, type: string, streamId: string, occurredAt: string } };

export type HistoryEventFieldsFragment = { id: string, type: string, version: number, position: string, recordedAt: string, data: unknown, actor: { sub: string, roles: Array<string> }, command: { name: string, commandId: string | null } | null, payload:
    | { __typename: 'OrderCancelledPayload', previousStatus: OrderStatus, reason: string | null }
    | { __typename: 'OrderPaidPayload', amountCents: number }
    | { __typename: 'OrderPlacedPayload', customerId: string, totalCents: number, lines: Array<{ productId: string, quantity: number, product: { name: string } | null }> }
    | { __typename: 'OrderShippedPayload' }
    | { __typename: 'ProductDiscontinuedPayload' }
    | { __typename: 'ProductPriceChangedPayload', previousPriceCents: number, priceCents: number }
    | { __typename: 'ProductRegisteredPayload', sku: string, name: string, priceCents: number, initialStock: number }
    | { __typename: 'ProductRestockedPayload', quantity: number }
    | { __typename: 'SkuClaimedPayload', sku: string }
    | { __typename: 'StockReleasedPayload', orderId: string, quantity: number }
    | { __typename: 'StockReservedPayload', orderId: string, quantity: number }
   | null };

export type HistoryQueryVariables = Exact<{
  productId?: string | number | null | undefined;
  orderId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  oldestFirst?: boolean | null | undefined;
}>;


export type HistoryQuery = { history: { edges: Array<{ cursor: string, node: { id: string, type: string, version: number, position: string, recordedAt: string, data: unknown, actor: { sub: string, roles: Array<string> }, command: { name: string, commandId: string | null } | null, payload:
          | { __typename: 'OrderCancelledPayload', previousStatus: OrderStatus, reason: string | null }
          | { __typename: 'OrderPaidPayload', amountCents: number }
          | { __typename: 'OrderPlacedPayload', customerId: string, totalCents: number, lines: Array<{ productId: string, quantity: number, product: { name: string } | null }> }
          | { __typename: 'OrderShippedPayload' }
          | { __typename: 'ProductDiscontinuedPayload' }
          | { __typename: 'ProductPriceChangedPayload', previousPriceCents: number, priceCents: number }
          | { __typename: 'ProductRegisteredPayload', sku: string, name: string, priceCents: number, initialStock: number }
          | { __typename: 'ProductRestockedPayload', quantity: number }
          | { __typename: 'SkuClaimedPayload', sku: string }
          | { __typename: 'StockReleasedPayload', orderId: string, quantity: number }
          | { __typename: 'StockReservedPayload', orderId: string, quantity: number }
         | null } }>, pageInfo: { hasNextPage: boolean } } };

export type OpsStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsStatusQuery = { relay: { head: string, position: string, lag: number, lagSeconds: number }, projections: Array<{ id: string, name: string, state: ProjectionState, position: string, lag: number, lagSeconds: number, generation: number, codeVersion: number | null, stale: boolean, deadLetterCount: number, deadLetters: Array<{ id: string, projection: string, position: string, eventId: string, type: string, error: string, attempts: number, deadLetteredAt: string }>, rebuild: { generation: number, codeVersion: number, phase: RebuildPhase | null, position: string, lag: number, events: number, eventsPerSecond: number, etaSeconds: number | null, startedAt: string, progressAt: string | null } | null }> };

export type DeadLetterOutcomeFragment = { projection: string, position: string, resolution: DeadLetterResolution };

export type RetryDeadLetterMutationVariables = Exact<{
  projection: string;
  position: string;
}>;


export type RetryDeadLetterMutation = { result:
    | { __typename: 'DeadLetterNotWaitingError', message: string }
    | { __typename: 'DeadLetterResolved', projection: string, position: string, resolution: DeadLetterResolution }
    | { __typename: 'DeadLetterRetryFailedError', message: string }
    | { __typename: 'DeadLetterRetryOutOfOrderError', message: string }
    | { __typename: 'DeadLetterRetryRefusedError', message: string }
   };

export type SkipDeadLetterMutationVariables = Exact<{
  projection: string;
  position: string;
}>;


export type SkipDeadLetterMutation = { result:
    | { __typename: 'DeadLetterNotWaitingError', message: string }
    | { __typename: 'DeadLetterResolved', projection: string, position: string, resolution: DeadLetterResolution }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  id
  sku
  name
  category
  priceCents
  stock
  unitsSold
  discontinued
  version
  position
}
    `, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderFields on Order {
  id
  customerId
  status
  totalCents
  placedAt
  paidAt
  shippedAt
  cancelledAt
  cancelReason
  version
  position
  lines {
    productId
    quantity
    unitPriceCents
    lineTotalCents
    product {
      name
      sku
    }
  }
}
    `, {"fragmentName":"OrderFields"}) as unknown as TypedDocumentString<OrderFieldsFragment, unknown>;
export const SalesFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesFields on SalesStats {
  ordersPlaced
  ordersPaid
  ordersShipped
  ordersCancelled
  revenueCents
  position
  topProducts(limit: 5) {
    unitsSold
    revenueCents
    product {
      id
      name
      sku
    }
  }
}
    `, {"fragmentName":"SalesFields"}) as unknown as TypedDocumentString<SalesFieldsFragment, unknown>;
export const HistoryEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment HistoryEventFields on HistoryEvent {
  id
  type
  version
  position
  recordedAt
  actor {
    sub
    roles
  }
  command {
    name
    commandId
  }
  data
  payload {
    __typename
    ... on ProductRegisteredPayload {
      sku
      name
      priceCents
      initialStock
    }
    ... on ProductPriceChangedPayload {
      previousPriceCents
      priceCents
    }
    ... on ProductRestockedPayload {
      quantity
    }
    ... on StockReservedPayload {
      orderId
      quantity
    }
    ... on StockReleasedPayload {
      orderId
      quantity
    }
    ... on SkuClaimedPayload {
      sku
    }
    ... on OrderPlacedPayload {
      customerId
      totalCents
      lines {
        productId
        quantity
        product {
          name
        }
      }
    }
    ... on OrderPaidPayload {
      amountCents
    }
    ... on OrderCancelledPayload {
      previousStatus
      reason
    }
  }
}
    `, {"fragmentName":"HistoryEventFields"}) as unknown as TypedDocumentString<HistoryEventFieldsFragment, unknown>;
export const DeadLetterOutcomeFragmentDoc = new TypedDocumentString(`
    fragment DeadLetterOutcome on DeadLetterResolved {
  projection
  position
  resolution
}
    `, {"fragmentName":"DeadLetterOutcome"}) as unknown as TypedDocumentString<DeadLetterOutcomeFragment, unknown>;
export const ProductsSnapshotDocument = new TypedDocumentString(`
    query ProductsSnapshot {
  products(first: 100, includeDiscontinued: true) {
    edges {
      node {
        ...ProductFields
      }
    }
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  category
  priceCents
  stock
  unitsSold
  discontinued
  version
  position
}`) as unknown as TypedDocumentString<ProductsSnapshotQuery, ProductsSnapshotQueryVariables>;
export const OrdersSnapshotDocument = new TypedDocumentString(`
    query OrdersSnapshot {
  orders(first: 50) {
    edges {
      node {
        ...OrderFields
      }
    }
  }
}
    fragment OrderFields on Order {
  id
  customerId
  status
  totalCents
  placedAt
  paidAt
  shippedAt
  cancelledAt
  cancelReason
  version
  position
  lines {
    productId
    quantity
    unitPriceCents
    lineTotalCents
    product {
      name
      sku
    }
  }
}`) as unknown as TypedDocumentString<OrdersSnapshotQuery, OrdersSnapshotQueryVariables>;
export const SalesSnapshotDocument = new TypedDocumentString(`
    query SalesSnapshot {
  salesStats {
    ...SalesFields
  }
}
    fragment SalesFields on SalesStats {
  ordersPlaced
  ordersPaid
  ordersShipped
  ordersCancelled
  revenueCents
  position
  topProducts(limit: 5) {
    unitsSold
    revenueCents
    product {
      id
      name
      sku
    }
  }
}`) as unknown as TypedDocumentString<SalesSnapshotQuery, SalesSnapshotQueryVariables>;
export const LogHeadDocument = new TypedDocumentString(`
    query LogHead {
  projections {
    position
  }
}
    `) as unknown as TypedDocumentString<LogHeadQuery, LogHeadQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    roles
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ProductAtLeastDocument = new TypedDocumentString(`
    query ProductAtLeast($id: ID!, $atLeast: Position) {
  product(id: $id, atLeast: $atLeast) {
    ...ProductFields
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  category
  priceCents
  stock
  unitsSold
  discontinued
  version
  position
}`) as unknown as TypedDocumentString<ProductAtLeastQuery, ProductAtLeastQueryVariables>;
export const OrderAtLeastDocument = new TypedDocumentString(`
    query OrderAtLeast($id: ID!, $atLeast: Position) {
  order(id: $id, atLeast: $atLeast) {
    ...OrderFields
  }
}
    fragment OrderFields on Order {
  id
  customerId
  status
  totalCents
  placedAt
  paidAt
  shippedAt
  cancelledAt
  cancelReason
  version
  position
  lines {
    productId
    quantity
    unitPriceCents
    lineTotalCents
    product {
      name
      sku
    }
  }
}`) as unknown as TypedDocumentString<OrderAtLeastQuery, OrderAtLeastQueryVariables>;
export const ProductAsOfDocument = new TypedDocumentString(`
    query ProductAsOf($id: ID!, $position: Position!) {
  product(id: $id, asOf: {position: $position}) {
    ...ProductFields
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  category
  priceCents
  stock
  unitsSold
  discontinued
  version
  position
}`) as unknown as TypedDocumentString<ProductAsOfQuery, ProductAsOfQueryVariables>;
export const OrderAsOfDocument = new TypedDocumentString(`
    query OrderAsOf($id: ID!, $position: Position!) {
  order(id: $id, asOf: {position: $position}) {
    ...OrderFields
  }
}
    fragment OrderFields on Order {
  id
  customerId
  status
  totalCents
  placedAt
  paidAt
  shippedAt
  cancelledAt
  cancelReason
  version
  position
  lines {
    productId
    quantity
    unitPriceCents
    lineTotalCents
    product {
      name
      sku
    }
  }
}`) as unknown as TypedDocumentString<OrderAsOfQuery, OrderAsOfQueryVariables>;
export const SalesStatsAtLeastDocument = new TypedDocumentString(`
    query SalesStatsAtLeast($atLeast: Position) {
  salesStats(atLeast: $atLeast) {
    ...SalesFields
  }
}
    fragment SalesFields on SalesStats {
  ordersPlaced
  ordersPaid
  ordersShipped
  ordersCancelled
  revenueCents
  position
  topProducts(limit: 5) {
    unitsSold
    revenueCents
    product {
      id
      name
      sku
    }
  }
}`) as unknown as TypedDocumentString<SalesStatsAtLeastQuery, SalesStatsAtLeastQueryVariables>;
export const SalesTimelineDocument = new TypedDocumentString(`
    query SalesTimeline($from: DateTime!, $to: DateTime!, $bucket: SalesBucketSize!, $atLeast: Position) {
  salesTimeline(from: $from, to: $to, bucket: $bucket, atLeast: $atLeast) {
    start
    end
    ordersPaid
    revenue
  }
}
    `) as unknown as TypedDocumentString<SalesTimelineQuery, SalesTimelineQueryVariables>;
export const ProductChangedDocument = new TypedDocumentString(`
    subscription ProductChanged {
  productChanged {
    ...ProductFields
  }
}
    fragment ProductFields on Product {
  id
  sku
  name
  category
  priceCents
  stock
  unitsSold
  discontinued
  version
  position
}`) as unknown as TypedDocumentString<ProductChangedSubscription, ProductChangedSubscriptionVariables>;
export const OrderChangedDocument = new TypedDocumentString(`
    subscription OrderChanged {
  orderChanged {
    ...OrderFields
  }
}
    fragment OrderFields on Order {
  id
  customerId
  status
  totalCents
  placedAt
  paidAt
  shippedAt
  cancelledAt
  cancelReason
  version
  position
  lines {
    productId
    quantity
    unitPriceCents
    lineTotalCents
    product {
      name
      sku
    }
  }
}`) as unknown as TypedDocumentString<OrderChangedSubscription, OrderChangedSubscriptionVariables>;
export const SalesStatsChangedDocument = new TypedDocumentString(`
    subscription SalesStatsChanged {
  salesStatsChanged {
    ...SalesFields
  }
}
    fragment SalesFields on SalesStats {
  ordersPlaced
  ordersPaid
  ordersShipped
  ordersCancelled
  revenueCents
  position
  topProducts(limit: 5) {
    unitsSold
    revenueCents
    product {
      id
      name
      sku
    }
  }
}`) as unknown as TypedDocumentString<SalesStatsChangedSubscription, SalesStatsChangedSubscriptionVariables>;
export const EventFeedDocument = new TypedDocumentString(`
    subscription EventFeed($after: Position) {
  events(after: $after) {
    position
    type
    streamId
    occurredAt
  }
}
    `) as unknown as TypedDocumentString<EventFeedSubscription, EventFeedSubscriptionVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($productId: ID, $orderId: ID, $first: Int, $after: String, $oldestFirst: Boolean) {
  history(
    productId: $productId
    orderId: $orderId
    first: $first
    after: $after
    oldestFirst: $oldestFirst
  ) {
    edges {
      cursor
      node {
        ...HistoryEventFields
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment HistoryEventFields on HistoryEvent {
  id
  type
  version
  position
  recordedAt
  actor {
    sub
    roles
  }
  command {
    name
    commandId
  }
  data
  payload {
    __typename
    ... on ProductRegisteredPayload {
      sku
      name
      priceCents
      initialStock
    }
    ... on ProductPriceChangedPayload {
      previousPriceCents
      priceCents
    }
    ... on ProductRestockedPayload {
      quantity
    }
    ... on StockReservedPayload {
      orderId
      quantity
    }
    ... on StockReleasedPayload {
      orderId
      quantity
    }
    ... on SkuClaimedPayload {
      sku
    }
    ... on OrderPlacedPayload {
      customerId
      totalCents
      lines {
        productId
        quantity
        product {
          name
        }
      }
    }
    ... on OrderPaidPayload {
      amountCents
    }
    ... on OrderCancelledPayload {
      previousStatus
      reason
    }
  }
}`) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const OpsStatusDocument = new TypedDocumentString(`
    query OpsStatus {
  relay {
    head
    position
    lag
    lagSeconds
  }
  projections {
    id
    name
    state
    position
    lag
    lagSeconds
    generation
    codeVersion
    stale
    deadLetterCount
    deadLetters(limit: 20) {
      id
      projection
      position
      eventId
      type
      error
      attempts
      deadLetteredAt
    }
    rebuild {
      generation
      codeVersion
      phase
      position
      lag
      events
      eventsPerSecond
      etaSeconds
      startedAt
      progressAt
    }
  }
}
    `) as unknown as TypedDocumentString<OpsStatusQuery, OpsStatusQueryVariables>;
export const RetryDeadLetterDocument = new TypedDocumentString(`
    mutation RetryDeadLetter($projection: String!, $position: Position!) {
  result: retryDeadLetter(projection: $projection, position: $position) {
    __typename
    ...DeadLetterOutcome
    ... on DeadLetterActionError {
      message
    }
  }
}
    fragment DeadLetterOutcome on DeadLetterResolved {
  projection
  position
  resolution
}`) as unknown as TypedDocumentString<RetryDeadLetterMutation, RetryDeadLetterMutationVariables>;
export const SkipDeadLetterDocument = new TypedDocumentString(`
    mutation SkipDeadLetter($projection: String!, $position: Position!) {
  result: skipDeadLetter(projection: $projection, position: $position) {
    __typename
    ...DeadLetterOutcome
    ... on DeadLetterActionError {
      message
    }
  }
}
    fragment DeadLetterOutcome on DeadLetterResolved {
  projection
  position
  resolution
}`) as unknown as TypedDocumentString<SkipDeadLetterMutation, SkipDeadLetterMutationVariables>;