// Every query and subscription the web app sends to the read gateway; types are generated from these.
import { graphql } from '../generated/read';

graphql(`
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
`);

graphql(`
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
`);

graphql(`
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
`);

// One query per kind of data rather than one: together they would exceed the gateway's cost limit,
// and each role may read only some of them.
export const ProductsSnapshot = graphql(`
  query ProductsSnapshot {
    products(first: 100, includeDiscontinued: true) {
      edges {
        node {
          ...ProductFields
        }
      }
    }
  }
`);

export const OrdersSnapshot = graphql(`
  query OrdersSnapshot {
    orders(first: 50) {
      edges {
        node {
          ...OrderFields
        }
      }
    }
  }
`);

export const SalesSnapshot = graphql(`
  query SalesSnapshot {
    salesStats {
      ...SalesFields
    }
  }
`);

/** Where the projections stand: the event log starts there (operators only). */
export const LogHead = graphql(`
  query LogHead {
    projections {
      position
    }
  }
`);

/** Who the gateway takes the token's holder to be. */
export const Me = graphql(`
  query Me {
    me {
      id
      roles
      expiresAt
    }
  }
`);

export const ProductAtLeast = graphql(`
  query ProductAtLeast($id: ID!, $atLeast: Position) {
    product(id: $id, atLeast: $atLeast) {
      ...ProductFields
    }
  }
`);

export const OrderAtLeast = graphql(`
  query OrderAtLeast($id: ID!, $atLeast: Position) {
    order(id: $id, atLeast: $atLeast) {
      ...OrderFields
    }
  }
`);

/**
 * The entity as it was right after the event at `position`, for the timeline's slider. Its id is
 * the live entity's: the answer never goes into the dashboard store, which shows the present.
 */
export const ProductAsOf = graphql(`
  query ProductAsOf($id: ID!, $position: Position!) {
    product(id: $id, asOf: { position: $position }) {
      ...ProductFields
    }
  }
`);

export const OrderAsOf = graphql(`
  query OrderAsOf($id: ID!, $position: Position!) {
    order(id: $id, asOf: { position: $position }) {
      ...OrderFields
    }
  }
`);

export const SalesStatsAtLeast = graphql(`
  query SalesStatsAtLeast($atLeast: Position) {
    salesStats(atLeast: $atLeast) {
      ...SalesFields
    }
  }
`);

/** Revenue per UTC hour or day; `atLeast` makes it as fresh as the figures the page shows. */
export const SalesTimeline = graphql(`
  query SalesTimeline($from: DateTime!, $to: DateTime!, $bucket: SalesBucketSize!, $atLeast: Position) {
    salesTimeline(from: $from, to: $to, bucket: $bucket, atLeast: $atLeast) {
      start
      end
      ordersPaid
      revenue
    }
  }
`);

export const ProductChanged = graphql(`
  subscription ProductChanged {
    productChanged {
      ...ProductFields
    }
  }
`);

export const OrderChanged = graphql(`
  subscription OrderChanged {
    orderChanged {
      ...OrderFields
    }
  }
`);

export const SalesStatsChanged = graphql(`
  subscription SalesStatsChanged {
    salesStatsChanged {
      ...SalesFields
    }
  }
`);

export const EventFeed = graphql(`
  subscription EventFeed($after: Position) {
    events(after: $after) {
      position
      type
      streamId
      occurredAt
    }
  }
`);

graphql(`
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
`);

/**
 * A page of a product's or an order's events: newest first, or oldest first to catch up after a
 * known cursor (cursors are the same in both directions).
 */
export const History = graphql(`
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
`);

// The ops page's (operators only): the relay, each projection with its lag, dead letters and rebuild.
export const OpsStatus = graphql(`
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
`);

graphql(`
  fragment DeadLetterOutcome on DeadLetterResolved {
    projection
    position
    resolution
  }
`);

export const RetryDeadLetter = graphql(`
  mutation RetryDeadLetter($projection: String!, $position: Position!) {
    result: retryDeadLetter(projection: $projection, position: $position) {
      __typename
      ...DeadLetterOutcome
      ... on DeadLetterActionError {
        message
      }
    }
  }
`);

export const SkipDeadLetter = graphql(`
  mutation SkipDeadLetter($projection: String!, $position: Position!) {
    result: skipDeadLetter(projection: $projection, position: $position) {
      __typename
      ...DeadLetterOutcome
      ... on DeadLetterActionError {
        message
      }
    }
  }
`);
