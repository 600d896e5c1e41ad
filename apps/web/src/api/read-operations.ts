// Every query and subscription the web app sends to the read gateway; types are generated from these.
import { graphql } from '../generated/read';

graphql(`
  fragment ProductFields on Product {
    id
    sku
    name
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

export const SalesStatsAtLeast = graphql(`
  query SalesStatsAtLeast($atLeast: Position) {
    salesStats(atLeast: $atLeast) {
      ...SalesFields
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
