// The mutations the conformance tests send to the write gateway; their types are generated from these.
import { graphql } from '../generated/write/index.js';

// subjectId rather than id: a result names the product or order it acted on, and is no entity itself.
export const Accepted = graphql(`
  fragment Accepted on CommandAccepted {
    subjectId
    position
    eventTypes
    streams {
      streamId
      version
      position
    }
  }
`);

export const RegisterProduct = graphql(`
  mutation RegisterProduct($input: RegisterProductInput!) {
    registerProduct(input: $input) {
      __typename
      ... on CommandAccepted {
        ...Accepted
      }
      ... on ValidationError {
        fields {
          field
          message
        }
      }
      ... on DuplicateSkuError {
        sku
      }
      ... on Error {
        message
      }
    }
  }
`);

export const RestockProduct = graphql(`
  mutation RestockProduct($input: RestockProductInput!) {
    restockProduct(input: $input) {
      __typename
      ... on CommandAccepted {
        ...Accepted
      }
      ... on Error {
        message
      }
    }
  }
`);

export const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on CommandAccepted {
        ...Accepted
      }
      ... on ValidationError {
        fields {
          field
          message
        }
      }
      ... on InsufficientStockError {
        productId
        available
        requested
      }
      ... on Error {
        message
      }
    }
  }
`);

export const PayOrder = graphql(`
  mutation PayOrder($input: PayOrderInput!) {
    payOrder(input: $input) {
      __typename
      ... on CommandAccepted {
        ...Accepted
      }
      ... on PaymentMismatchError {
        expectedCents
        receivedCents
      }
      ... on Error {
        message
      }
    }
  }
`);
