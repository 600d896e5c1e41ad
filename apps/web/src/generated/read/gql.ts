/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProductFields on Product {\n    id\n    sku\n    name\n    category\n    priceCents\n    stock\n    unitsSold\n    discontinued\n    version\n    position\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "\n  fragment OrderFields on Order {\n    id\n    customerId\n    status\n    totalCents\n    placedAt\n    paidAt\n    shippedAt\n    cancelledAt\n    cancelReason\n    version\n    position\n    lines {\n      productId\n      quantity\n      unitPriceCents\n      lineTotalCents\n      product {\n        name\n        sku\n      }\n    }\n  }\n": typeof types.OrderFieldsFragmentDoc,
    "\n  fragment SalesFields on SalesStats {\n    ordersPlaced\n    ordersPaid\n    ordersShipped\n    ordersCancelled\n    revenueCents\n    position\n    topProducts(limit: 5) {\n      unitsSold\n      revenueCents\n      product {\n        id\n        name\n        sku\n      }\n    }\n  }\n": typeof types.SalesFieldsFragmentDoc,
    "\n  query ProductsSnapshot {\n    products(first: 100, includeDiscontinued: true) {\n      edges {\n        node {\n          ...ProductFields\n        }\n      }\n    }\n  }\n": typeof types.ProductsSnapshotDocument,
    "\n  query OrdersSnapshot {\n    orders(first: 50) {\n      edges {\n        node {\n          ...OrderFields\n        }\n      }\n    }\n  }\n": typeof types.OrdersSnapshotDocument,
    "\n  query SalesSnapshot {\n    salesStats {\n      ...SalesFields\n    }\n  }\n": typeof types.SalesSnapshotDocument,
    "\n  query LogHead {\n    projections {\n      position\n    }\n  }\n": typeof types.LogHeadDocument,
    "\n  query Me {\n    me {\n      id\n      roles\n      expiresAt\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ProductAtLeast($id: ID!, $atLeast: Position) {\n    product(id: $id, atLeast: $atLeast) {\n      ...ProductFields\n    }\n  }\n": typeof types.ProductAtLeastDocument,
    "\n  query OrderAtLeast($id: ID!, $atLeast: Position) {\n    order(id: $id, atLeast: $atLeast) {\n      ...OrderFields\n    }\n  }\n": typeof types.OrderAtLeastDocument,
    "\n  query ProductAsOf($id: ID!, $position: Position!) {\n    product(id: $id, asOf: { position: $position }) {\n      ...ProductFields\n    }\n  }\n": typeof types.ProductAsOfDocument,
    "\n  query OrderAsOf($id: ID!, $position: Position!) {\n    order(id: $id, asOf: { position: $position }) {\n      ...OrderFields\n    }\n  }\n": typeof types.OrderAsOfDocument,
    "\n  query SalesStatsAtLeast($atLeast: Position) {\n    salesStats(atLeast: $atLeast) {\n      ...SalesFields\n    }\n  }\n": typeof types.SalesStatsAtLeastDocument,
    "\n  query SalesTimeline($from: DateTime!, $to: DateTime!, $bucket: SalesBucketSize!, $atLeast: Position) {\n    salesTimeline(from: $from, to: $to, bucket: $bucket, atLeast: $atLeast) {\n      start\n      end\n      ordersPaid\n      revenue\n    }\n  }\n": typeof types.SalesTimelineDocument,
    "\n  subscription ProductChanged {\n    productChanged {\n      ...ProductFields\n    }\n  }\n": typeof types.ProductChangedDocument,
    "\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderFields\n    }\n  }\n": typeof types.OrderChangedDocument,
    "\n  subscription SalesStatsChanged {\n    salesStatsChanged {\n      ...SalesFields\n    }\n  }\n": typeof types.SalesStatsChangedDocument,
    "\n  subscription EventFeed($after: Position) {\n    events(after: $after) {\n      position\n      type\n      streamId\n      occurredAt\n    }\n  }\n": typeof types.EventFeedDocument,
    "\n  fragment HistoryEventFields on HistoryEvent {\n    id\n    type\n    version\n    position\n    recordedAt\n    actor {\n      sub\n      roles\n    }\n    command {\n      name\n      commandId\n    }\n    data\n    payload {\n      __typename\n      ... on ProductRegisteredPayload {\n        sku\n        name\n        priceCents\n        initialStock\n      }\n      ... on ProductPriceChangedPayload {\n        previousPriceCents\n        priceCents\n      }\n      ... on ProductRestockedPayload {\n        quantity\n      }\n      ... on StockReservedPayload {\n        orderId\n        quantity\n      }\n      ... on StockReleasedPayload {\n        orderId\n        quantity\n      }\n      ... on SkuClaimedPayload {\n        sku\n      }\n      ... on OrderPlacedPayload {\n        customerId\n        totalCents\n        lines {\n          productId\n          quantity\n          product {\n            name\n          }\n        }\n      }\n      ... on OrderPaidPayload {\n        amountCents\n      }\n      ... on OrderCancelledPayload {\n        previousStatus\n        reason\n      }\n    }\n  }\n": typeof types.HistoryEventFieldsFragmentDoc,
    "\n  query History($productId: ID, $orderId: ID, $first: Int, $after: String, $oldestFirst: Boolean) {\n    history(\n      productId: $productId\n      orderId: $orderId\n      first: $first\n      after: $after\n      oldestFirst: $oldestFirst\n    ) {\n      edges {\n        cursor\n        node {\n          ...HistoryEventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  query OpsStatus {\n    relay {\n      head\n      position\n      lag\n      lagSeconds\n    }\n    projections {\n      id\n      name\n      state\n      position\n      lag\n      lagSeconds\n      generation\n      codeVersion\n      stale\n      deadLetterCount\n      deadLetters(limit: 20) {\n        id\n        projection\n        position\n        eventId\n        type\n        error\n        attempts\n        deadLetteredAt\n      }\n      rebuild {\n        generation\n        codeVersion\n        phase\n        position\n        lag\n        events\n        eventsPerSecond\n        etaSeconds\n        startedAt\n        progressAt\n      }\n    }\n  }\n": typeof types.OpsStatusDocument,
    "\n  fragment DeadLetterOutcome on DeadLetterResolved {\n    projection\n    position\n    resolution\n  }\n": typeof types.DeadLetterOutcomeFragmentDoc,
    "\n  mutation RetryDeadLetter($projection: String!, $position: Position!) {\n    result: retryDeadLetter(projection: $projection, position: $position) {\n      __typename\n      ...DeadLetterOutcome\n      ... on DeadLetterActionError {\n        message\n      }\n    }\n  }\n": typeof types.RetryDeadLetterDocument,
    "\n  mutation SkipDeadLetter($projection: String!, $position: Position!) {\n    result: skipDeadLetter(projection: $projection, position: $position) {\n      __typename\n      ...DeadLetterOutcome\n      ... on DeadLetterActionError {\n        message\n      }\n    }\n  }\n": typeof types.SkipDeadLetterDocument,
};
const documents: Documents = {
    "\n  fragment ProductFields on Product {\n    id\n    sku\n    name\n    category\n    priceCents\n    stock\n    unitsSold\n    discontinued\n    version\n    position\n  }\n": types.ProductFieldsFragmentDoc,
    "\n  fragment OrderFields on Order {\n    id\n    customerId\n    status\n    totalCents\n    placedAt\n    paidAt\n    shippedAt\n    cancelledAt\n    cancelReason\n    version\n    position\n    lines {\n      productId\n      quantity\n      unitPriceCents\n      lineTotalCents\n      product {\n        name\n        sku\n      }\n    }\n  }\n": types.OrderFieldsFragmentDoc,
    "\n  fragment SalesFields on SalesStats {\n    ordersPlaced\n    ordersPaid\n    ordersShipped\n    ordersCancelled\n    revenueCents\n    position\n    topProducts(limit: 5) {\n      unitsSold\n      revenueCents\n      product {\n        id\n        name\n        sku\n      }\n    }\n  }\n": types.SalesFieldsFragmentDoc,
    "\n  query ProductsSnapshot {\n    products(first: 100, includeDiscontinued: true) {\n      edges {\n        node {\n          ...ProductFields\n        }\n      }\n    }\n  }\n": types.ProductsSnapshotDocument,
    "\n  query OrdersSnapshot {\n    orders(first: 50) {\n      edges {\n        node {\n          ...OrderFields\n        }\n      }\n    }\n  }\n": types.OrdersSnapshotDocument,
    "\n  query SalesSnapshot {\n    salesStats {\n      ...SalesFields\n    }\n  }\n": types.SalesSnapshotDocument,
    "\n  query LogHead {\n    projections {\n      position\n    }\n  }\n": types.LogHeadDocument,
    "\n  query Me {\n    me {\n      id\n      roles\n      expiresAt\n    }\n  }\n": types.MeDocument,
    "\n  query ProductAtLeast($id: ID!, $atLeast: Position) {\n    product(id: $id, atLeast: $atLeast) {\n      ...ProductFields\n    }\n  }\n": types.ProductAtLeastDocument,
    "\n  query OrderAtLeast($id: ID!, $atLeast: Position) {\n    order(id: $id, atLeast: $atLeast) {\n      ...OrderFields\n    }\n  }\n": types.OrderAtLeastDocument,
    "\n  query ProductAsOf($id: ID!, $position: Position!) {\n    product(id: $id, asOf: { position: $position }) {\n      ...ProductFields\n    }\n  }\n": types.ProductAsOfDocument,
    "\n  query OrderAsOf($id: ID!, $position: Position!) {\n    order(id: $id, asOf: { position: $position }) {\n      ...OrderFields\n    }\n  }\n": types.OrderAsOfDocument,
    "\n  query SalesStatsAtLeast($atLeast: Position) {\n    salesStats(atLeast: $atLeast) {\n      ...SalesFields\n    }\n  }\n": types.SalesStatsAtLeastDocument,
    "\n  query SalesTimeline($from: DateTime!, $to: DateTime!, $bucket: SalesBucketSize!, $atLeast: Position) {\n    salesTimeline(from: $from, to: $to, bucket: $bucket, atLeast: $atLeast) {\n      start\n      end\n      ordersPaid\n      revenue\n    }\n  }\n": types.SalesTimelineDocument,
    "\n  subscription ProductChanged {\n    productChanged {\n      ...ProductFields\n    }\n  }\n": types.ProductChangedDocument,
    "\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderFields\n    }\n  }\n": types.OrderChangedDocument,
    "\n  subscription SalesStatsChanged {\n    salesStatsChanged {\n      ...SalesFields\n    }\n  }\n": types.SalesStatsChangedDocument,
    "\n  subscription EventFeed($after: Position) {\n    events(after: $after) {\n      position\n      type\n      streamId\n      occurredAt\n    }\n  }\n": types.EventFeedDocument,
    "\n  fragment HistoryEventFields on HistoryEvent {\n    id\n    type\n    version\n    position\n    recordedAt\n    actor {\n      sub\n      roles\n    }\n    command {\n      name\n      commandId\n    }\n    data\n    payload {\n      __typename\n      ... on ProductRegisteredPayload {\n        sku\n        name\n        priceCents\n        initialStock\n      }\n      ... on ProductPriceChangedPayload {\n        previousPriceCents\n        priceCents\n      }\n      ... on ProductRestockedPayload {\n        quantity\n      }\n      ... on StockReservedPayload {\n        orderId\n        quantity\n      }\n      ... on StockReleasedPayload {\n        orderId\n        quantity\n      }\n      ... on SkuClaimedPayload {\n        sku\n      }\n      ... on OrderPlacedPayload {\n        customerId\n        totalCents\n        lines {\n          productId\n          quantity\n          product {\n            name\n          }\n        }\n      }\n      ... on OrderPaidPayload {\n        amountCents\n      }\n      ... on OrderCancelledPayload {\n        previousStatus\n        reason\n      }\n    }\n  }\n": types.HistoryEventFieldsFragmentDoc,
    "\n  query History($productId: ID, $orderId: ID, $first: Int, $after: String, $oldestFirst: Boolean) {\n    history(\n      productId: $productId\n      orderId: $orderId\n      first: $first\n      after: $after\n      oldestFirst: $oldestFirst\n    ) {\n      edges {\n        cursor\n        node {\n          ...HistoryEventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.HistoryDocument,
    "\n  query OpsStatus {\n    relay {\n      head\n      position\n      lag\n      lagSeconds\n    }\n    projections {\n      id\n      name\n      state\n      position\n      lag\n      lagSeconds\n      generation\n      codeVersion\n      stale\n      deadLetterCount\n      deadLetters(limit: 20) {\n        id\n        projection\n        position\n        eventId\n        type\n        error\n        attempts\n        deadLetteredAt\n      }\n      rebuild {\n        generation\n        codeVersion\n        phase\n        position\n        lag\n        events\n        eventsPerSecond\n        etaSeconds\n        startedAt\n        progressAt\n      }\n    }\n  }\n": types.OpsStatusDocument,
    "\n  fragment DeadLetterOutcome on DeadLetterResolved {\n    projection\n    position\n    resolution\n  }\n": types.DeadLetterOutcomeFragmentDoc,
    "\n  mutation RetryDeadLetter($projection: String!, $position: Position!) {\n    result: retryDeadLetter(projection: $projection, position: $position) {\n      __typename\n      ...DeadLetterOutcome\n      ... on DeadLetterActionError {\n        message\n      }\n    }\n  }\n": types.RetryDeadLetterDocument,
    "\n  mutation SkipDeadLetter($projection: String!, $position: Position!) {\n    result: skipDeadLetter(projection: $projection, position: $position) {\n      __typename\n      ...DeadLetterOutcome\n      ... on DeadLetterActionError {\n        message\n      }\n    }\n  }\n": types.SkipDeadLetterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on Product {\n    id\n    sku\n    name\n    category\n    priceCents\n    stock\n    unitsSold\n    discontinued\n    version\n    position\n  }\n"): typeof import('./graphql').ProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFields on Order {\n    id\n    customerId\n    status\n    totalCents\n    placedAt\n    paidAt\n    shippedAt\n    cancelledAt\n    cancelReason\n    version\n    position\n    lines {\n      productId\n      quantity\n      unitPriceCents\n      lineTotalCents\n      product {\n        name\n        sku\n      }\n    }\n  }\n"): typeof import('./graphql').OrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesFields on SalesStats {\n    ordersPlaced\n    ordersPaid\n    ordersShipped\n    ordersCancelled\n    revenueCents\n    position\n    topProducts(limit: 5) {\n      unitsSold\n      revenueCents\n      product {\n        id\n        name\n        sku\n      }\n    }\n  }\n"): typeof import('./graphql').SalesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsSnapshot {\n    products(first: 100, includeDiscontinued: true) {\n      edges {\n        node {\n          ...ProductFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductsSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersSnapshot {\n    orders(first: 50) {\n      edges {\n        node {\n          ...OrderFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrdersSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesSnapshot {\n    salesStats {\n      ...SalesFields\n    }\n  }\n"): typeof import('./graphql').SalesSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogHead {\n    projections {\n      position\n    }\n  }\n"): typeof import('./graphql').LogHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      roles\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductAtLeast($id: ID!, $atLeast: Position) {\n    product(id: $id, atLeast: $atLeast) {\n      ...ProductFields\n    }\n  }\n"): typeof import('./graphql').ProductAtLeastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderAtLeast($id: ID!, $atLeast: Position) {\n    order(id: $id, atLeast: $atLeast) {\n      ...OrderFields\n    }\n  }\n"): typeof import('./graphql').OrderAtLeastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductAsOf($id: ID!, $position: Position!) {\n    product(id: $id, asOf: { position: $position }) {\n      ...ProductFields\n    }\n  }\n"): typeof import('./graphql').ProductAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderAsOf($id: ID!, $position: Position!) {\n    order(id: $id, asOf: { position: $position }) {\n      ...OrderFields\n    }\n  }\n"): typeof import('./graphql').OrderAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesStatsAtLeast($atLeast: Position) {\n    salesStats(atLeast: $atLeast) {\n      ...SalesFields\n    }\n  }\n"): typeof import('./graphql').SalesStatsAtLeastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesTimeline($from: DateTime!, $to: DateTime!, $bucket: SalesBucketSize!, $atLeast: Position) {\n    salesTimeline(from: $from, to: $to, bucket: $bucket, atLeast: $atLeast) {\n      start\n      end\n      ordersPaid\n      revenue\n    }\n  }\n"): typeof import('./graphql').SalesTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductChanged {\n    productChanged {\n      ...ProductFields\n    }\n  }\n"): typeof import('./graphql').ProductChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderFields\n    }\n  }\n"): typeof import('./graphql').OrderChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SalesStatsChanged {\n    salesStatsChanged {\n      ...SalesFields\n    }\n  }\n"): typeof import('./graphql').SalesStatsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EventFeed($after: Position) {\n    events(after: $after) {\n      position\n      type\n      streamId\n      occurredAt\n    }\n  }\n"): typeof import('./graphql').EventFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryEventFields on HistoryEvent {\n    id\n    type\n    version\n    position\n    recordedAt\n    actor {\n      sub\n      roles\n    }\n    command {\n      name\n      commandId\n    }\n    data\n    payload {\n      __typename\n      ... on ProductRegisteredPayload {\n        sku\n        name\n        priceCents\n        initialStock\n      }\n      ... on ProductPriceChangedPayload {\n        previousPriceCents\n        priceCents\n      }\n      ... on ProductRestockedPayload {\n        quantity\n      }\n      ... on StockReservedPayload {\n        orderId\n        quantity\n      }\n      ... on StockReleasedPayload {\n        orderId\n        quantity\n      }\n      ... on SkuClaimedPayload {\n        sku\n      }\n      ... on OrderPlacedPayload {\n        customerId\n        totalCents\n        lines {\n          productId\n          quantity\n          product {\n            name\n          }\n        }\n      }\n      ... on OrderPaidPayload {\n        amountCents\n      }\n      ... on OrderCancelledPayload {\n        previousStatus\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($productId: ID, $orderId: ID, $first: Int, $after: String, $oldestFirst: Boolean) {\n    history(\n      productId: $productId\n      orderId: $orderId\n      first: $first\n      after: $after\n      oldestFirst: $oldestFirst\n    ) {\n      edges {\n        cursor\n        node {\n          ...HistoryEventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsStatus {\n    relay {\n      head\n      position\n      lag\n      lagSeconds\n    }\n    projections {\n      id\n      name\n      state\n      position\n      lag\n      lagSeconds\n      generation\n      codeVersion\n      stale\n      deadLetterCount\n      deadLetters(limit: 20) {\n        id\n        projection\n        position\n        eventId\n        type\n        error\n        attempts\n        deadLetteredAt\n      }\n      rebuild {\n        generation\n        codeVersion\n        phase\n        position\n        lag\n        events\n        eventsPerSecond\n        etaSeconds\n        startedAt\n        progressAt\n      }\n    }\n  }\n"): typeof import('./graphql').OpsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadLetterOutcome on DeadLetterResolved {\n    projection\n    position\n    resolution\n  }\n"): typeof import('./graphql').DeadLetterOutcomeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDeadLetter($projection: String!, $position: Position!) {\n    result: retryDeadLetter(projection: $projection, position: $position) {\n      __typename\n      ...DeadLetterOutcome\n      ... on DeadLetterActionError {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RetryDeadLetterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipDeadLetter($projection: String!, $position: Position!) {\n    result: skipDeadLetter(projection: $projection, position: $position) {\n      __typename\n      ...DeadLetterOutcome\n      ... on DeadLetterActionError {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SkipDeadLetterDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
