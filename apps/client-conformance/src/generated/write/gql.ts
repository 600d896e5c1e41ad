/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
  '\n  fragment Accepted on CommandAccepted {\n    subjectId\n    position\n    eventTypes\n    streams {\n      streamId\n      version\n      position\n    }\n  }\n': typeof types.AcceptedFragmentDoc;
  '\n  mutation RegisterProduct($input: RegisterProductInput!) {\n    registerProduct(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on ValidationError {\n        fields {\n          field\n          message\n        }\n      }\n      ... on DuplicateSkuError {\n        sku\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n': typeof types.RegisterProductDocument;
  '\n  mutation RestockProduct($input: RestockProductInput!) {\n    restockProduct(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n': typeof types.RestockProductDocument;
  '\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on ValidationError {\n        fields {\n          field\n          message\n        }\n      }\n      ... on InsufficientStockError {\n        productId\n        available\n        requested\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n': typeof types.PlaceOrderDocument;
  '\n  mutation PayOrder($input: PayOrderInput!) {\n    payOrder(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on PaymentMismatchError {\n        expectedCents\n        receivedCents\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n': typeof types.PayOrderDocument;
};
const documents: Documents = {
  '\n  fragment Accepted on CommandAccepted {\n    subjectId\n    position\n    eventTypes\n    streams {\n      streamId\n      version\n      position\n    }\n  }\n':
    types.AcceptedFragmentDoc,
  '\n  mutation RegisterProduct($input: RegisterProductInput!) {\n    registerProduct(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on ValidationError {\n        fields {\n          field\n          message\n        }\n      }\n      ... on DuplicateSkuError {\n        sku\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n':
    types.RegisterProductDocument,
  '\n  mutation RestockProduct($input: RestockProductInput!) {\n    restockProduct(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n':
    types.RestockProductDocument,
  '\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on ValidationError {\n        fields {\n          field\n          message\n        }\n      }\n      ... on InsufficientStockError {\n        productId\n        available\n        requested\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n':
    types.PlaceOrderDocument,
  '\n  mutation PayOrder($input: PayOrderInput!) {\n    payOrder(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on PaymentMismatchError {\n        expectedCents\n        receivedCents\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n':
    types.PayOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Accepted on CommandAccepted {\n    subjectId\n    position\n    eventTypes\n    streams {\n      streamId\n      version\n      position\n    }\n  }\n',
): (typeof documents)['\n  fragment Accepted on CommandAccepted {\n    subjectId\n    position\n    eventTypes\n    streams {\n      streamId\n      version\n      position\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterProduct($input: RegisterProductInput!) {\n    registerProduct(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on ValidationError {\n        fields {\n          field\n          message\n        }\n      }\n      ... on DuplicateSkuError {\n        sku\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterProduct($input: RegisterProductInput!) {\n    registerProduct(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on ValidationError {\n        fields {\n          field\n          message\n        }\n      }\n      ... on DuplicateSkuError {\n        sku\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestockProduct($input: RestockProductInput!) {\n    restockProduct(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RestockProduct($input: RestockProductInput!) {\n    restockProduct(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on ValidationError {\n        fields {\n          field\n          message\n        }\n      }\n      ... on InsufficientStockError {\n        productId\n        available\n        requested\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on ValidationError {\n        fields {\n          field\n          message\n        }\n      }\n      ... on InsufficientStockError {\n        productId\n        available\n        requested\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PayOrder($input: PayOrderInput!) {\n    payOrder(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on PaymentMismatchError {\n        expectedCents\n        receivedCents\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PayOrder($input: PayOrderInput!) {\n    payOrder(input: $input) {\n      __typename\n      ... on CommandAccepted {\n        ...Accepted\n      }\n      ... on PaymentMismatchError {\n        expectedCents\n        receivedCents\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
