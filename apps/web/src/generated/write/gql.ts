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
    "\n  fragment Accepted on CommandAccepted {\n    id\n    position\n  }\n": typeof types.AcceptedFragmentDoc,
    "\n  fragment Invalid on ValidationError {\n    fields {\n      field\n      message\n    }\n  }\n": typeof types.InvalidFragmentDoc,
    "\n  mutation RegisterProduct($input: RegisterProductInput!) {\n    result: registerProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RegisterProductDocument,
    "\n  mutation ChangeProductPrice($input: ChangeProductPriceInput!) {\n    result: changeProductPrice(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ChangeProductPriceDocument,
    "\n  mutation RestockProduct($input: RestockProductInput!) {\n    result: restockProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RestockProductDocument,
    "\n  mutation DiscontinueProduct($input: DiscontinueProductInput!) {\n    result: discontinueProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.DiscontinueProductDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    result: placeOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation PayOrder($input: PayOrderInput!) {\n    result: payOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.PayOrderDocument,
    "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    result: shipOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ShipOrderDocument,
    "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    result: cancelOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.CancelOrderDocument,
};
const documents: Documents = {
    "\n  fragment Accepted on CommandAccepted {\n    id\n    position\n  }\n": types.AcceptedFragmentDoc,
    "\n  fragment Invalid on ValidationError {\n    fields {\n      field\n      message\n    }\n  }\n": types.InvalidFragmentDoc,
    "\n  mutation RegisterProduct($input: RegisterProductInput!) {\n    result: registerProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.RegisterProductDocument,
    "\n  mutation ChangeProductPrice($input: ChangeProductPriceInput!) {\n    result: changeProductPrice(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.ChangeProductPriceDocument,
    "\n  mutation RestockProduct($input: RestockProductInput!) {\n    result: restockProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.RestockProductDocument,
    "\n  mutation DiscontinueProduct($input: DiscontinueProductInput!) {\n    result: discontinueProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.DiscontinueProductDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    result: placeOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation PayOrder($input: PayOrderInput!) {\n    result: payOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.PayOrderDocument,
    "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    result: shipOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.ShipOrderDocument,
    "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    result: cancelOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.CancelOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Accepted on CommandAccepted {\n    id\n    position\n  }\n"): typeof import('./graphql').AcceptedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Invalid on ValidationError {\n    fields {\n      field\n      message\n    }\n  }\n"): typeof import('./graphql').InvalidFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProduct($input: RegisterProductInput!) {\n    result: registerProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProductPrice($input: ChangeProductPriceInput!) {\n    result: changeProductPrice(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeProductPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestockProduct($input: RestockProductInput!) {\n    result: restockProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RestockProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscontinueProduct($input: DiscontinueProductInput!) {\n    result: discontinueProduct(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DiscontinueProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    result: placeOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayOrder($input: PayOrderInput!) {\n    result: payOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PayOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    result: shipOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ShipOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    result: cancelOrder(input: $input) {\n      __typename\n      ...Accepted\n      ...Invalid\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CancelOrderDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
