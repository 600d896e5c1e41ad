// The order queries and subscriptions the conformance tests send to the read gateway.
import { graphql } from '../generated/read/index.js';

export const OrderFields = graphql(`
  fragment OrderFields on Order {
    id
    customerId
    status
    totalCents
    version
    position
    lines {
      productId
      quantity
      unitPriceCents
      product {
        id
        stock
      }
    }
  }
`);

export const OrderById = graphql(`
  query OrderById($id: ID!, $atLeast: Position) {
    order(id: $id, atLeast: $atLeast) {
      ...OrderFields
    }
  }
`);

export const Orders = graphql(`
  query Orders($first: Int, $after: String, $atLeast: Position) {
    orders(first: $first, after: $after, atLeast: $atLeast) {
      totalCount
      edges {
        cursor
        node {
          ...OrderFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
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
