// Every mutation the web app sends to the write gateway; types are generated from these.
import { graphql } from '../generated/write';

graphql(`
  fragment Accepted on CommandAccepted {
    id
    position
  }
`);

graphql(`
  fragment Invalid on ValidationError {
    fields {
      field
      message
    }
  }
`);

export const RegisterProduct = graphql(`
  mutation RegisterProduct($input: RegisterProductInput!) {
    result: registerProduct(input: $input) {
      __typename
      ...Accepted
      ...Invalid
      ... on Error {
        message
      }
    }
  }
`);

export const ChangeProductPrice = graphql(`
  mutation ChangeProductPrice($input: ChangeProductPriceInput!) {
    result: changeProductPrice(input: $input) {
      __typename
      ...Accepted
      ...Invalid
      ... on Error {
        message
      }
    }
  }
`);

export const RestockProduct = graphql(`
  mutation RestockProduct($input: RestockProductInput!) {
    result: restockProduct(input: $input) {
      __typename
      ...Accepted
      ...Invalid
      ... on Error {
        message
      }
    }
  }
`);

export const DiscontinueProduct = graphql(`
  mutation DiscontinueProduct($input: DiscontinueProductInput!) {
    result: discontinueProduct(input: $input) {
      __typename
      ...Accepted
      ...Invalid
      ... on Error {
        message
      }
    }
  }
`);

export const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    result: placeOrder(input: $input) {
      __typename
      ...Accepted
      ...Invalid
      ... on Error {
        message
      }
    }
  }
`);

export const PayOrder = graphql(`
  mutation PayOrder($input: PayOrderInput!) {
    result: payOrder(input: $input) {
      __typename
      ...Accepted
      ...Invalid
      ... on Error {
        message
      }
    }
  }
`);

export const ShipOrder = graphql(`
  mutation ShipOrder($input: ShipOrderInput!) {
    result: shipOrder(input: $input) {
      __typename
      ...Accepted
      ...Invalid
      ... on Error {
        message
      }
    }
  }
`);

export const CancelOrder = graphql(`
  mutation CancelOrder($input: CancelOrderInput!) {
    result: cancelOrder(input: $input) {
      __typename
      ...Accepted
      ...Invalid
      ... on Error {
        message
      }
    }
  }
`);
