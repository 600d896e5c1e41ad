// The catalog queries and subscriptions the conformance tests send to the read gateway.
import { graphql } from '../generated/read/index.js';

export const ProductFields = graphql(`
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

export const ProductById = graphql(`
  query ProductById($id: ID!, $atLeast: Position) {
    product(id: $id, atLeast: $atLeast) {
      ...ProductFields
    }
  }
`);

export const Products = graphql(`
  query Products($first: Int, $after: String, $search: String, $atLeast: Position) {
    products(first: $first, after: $after, search: $search, atLeast: $atLeast) {
      totalCount
      edges {
        cursor
        node {
          ...ProductFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ProductChanged = graphql(`
  subscription ProductChanged($id: ID) {
    productChanged(id: $id) {
      ...ProductFields
    }
  }
`);
