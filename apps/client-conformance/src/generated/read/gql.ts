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
  '\n  fragment ProductFields on Product {\n    id\n    sku\n    name\n    priceCents\n    stock\n    unitsSold\n    discontinued\n    version\n    position\n  }\n': typeof types.ProductFieldsFragmentDoc;
  '\n  query ProductById($id: ID!, $atLeast: Position) {\n    product(id: $id, atLeast: $atLeast) {\n      ...ProductFields\n    }\n  }\n': typeof types.ProductByIdDocument;
  '\n  query Products($first: Int, $after: String, $search: String, $atLeast: Position) {\n    products(first: $first, after: $after, search: $search, atLeast: $atLeast) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ProductsDocument;
  '\n  subscription ProductChanged($id: ID) {\n    productChanged(id: $id) {\n      ...ProductFields\n    }\n  }\n': typeof types.ProductChangedDocument;
  '\n  fragment OrderFields on Order {\n    id\n    customerId\n    status\n    totalCents\n    version\n    position\n    lines {\n      productId\n      quantity\n      unitPriceCents\n      product {\n        id\n        stock\n      }\n    }\n  }\n': typeof types.OrderFieldsFragmentDoc;
  '\n  query OrderById($id: ID!, $atLeast: Position) {\n    order(id: $id, atLeast: $atLeast) {\n      ...OrderFields\n    }\n  }\n': typeof types.OrderByIdDocument;
  '\n  query Orders($first: Int, $after: String, $atLeast: Position) {\n    orders(first: $first, after: $after, atLeast: $atLeast) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.OrdersDocument;
  '\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderFields\n    }\n  }\n': typeof types.OrderChangedDocument;
  '\n  fragment SalesFields on SalesStats {\n    id\n    ordersPlaced\n    ordersPaid\n    revenueCents\n    position\n  }\n': typeof types.SalesFieldsFragmentDoc;
  '\n  query SalesStats($atLeast: Position) {\n    salesStats(atLeast: $atLeast) {\n      ...SalesFields\n    }\n  }\n': typeof types.SalesStatsDocument;
  '\n  subscription SalesStatsChanged {\n    salesStatsChanged {\n      ...SalesFields\n    }\n  }\n': typeof types.SalesStatsChangedDocument;
};
const documents: Documents = {
  '\n  fragment ProductFields on Product {\n    id\n    sku\n    name\n    priceCents\n    stock\n    unitsSold\n    discontinued\n    version\n    position\n  }\n':
    types.ProductFieldsFragmentDoc,
  '\n  query ProductById($id: ID!, $atLeast: Position) {\n    product(id: $id, atLeast: $atLeast) {\n      ...ProductFields\n    }\n  }\n':
    types.ProductByIdDocument,
  '\n  query Products($first: Int, $after: String, $search: String, $atLeast: Position) {\n    products(first: $first, after: $after, search: $search, atLeast: $atLeast) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ProductsDocument,
  '\n  subscription ProductChanged($id: ID) {\n    productChanged(id: $id) {\n      ...ProductFields\n    }\n  }\n':
    types.ProductChangedDocument,
  '\n  fragment OrderFields on Order {\n    id\n    customerId\n    status\n    totalCents\n    version\n    position\n    lines {\n      productId\n      quantity\n      unitPriceCents\n      product {\n        id\n        stock\n      }\n    }\n  }\n':
    types.OrderFieldsFragmentDoc,
  '\n  query OrderById($id: ID!, $atLeast: Position) {\n    order(id: $id, atLeast: $atLeast) {\n      ...OrderFields\n    }\n  }\n':
    types.OrderByIdDocument,
  '\n  query Orders($first: Int, $after: String, $atLeast: Position) {\n    orders(first: $first, after: $after, atLeast: $atLeast) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.OrdersDocument,
  '\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderFields\n    }\n  }\n':
    types.OrderChangedDocument,
  '\n  fragment SalesFields on SalesStats {\n    id\n    ordersPlaced\n    ordersPaid\n    revenueCents\n    position\n  }\n':
    types.SalesFieldsFragmentDoc,
  '\n  query SalesStats($atLeast: Position) {\n    salesStats(atLeast: $atLeast) {\n      ...SalesFields\n    }\n  }\n':
    types.SalesStatsDocument,
  '\n  subscription SalesStatsChanged {\n    salesStatsChanged {\n      ...SalesFields\n    }\n  }\n':
    types.SalesStatsChangedDocument,
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
  source: '\n  fragment ProductFields on Product {\n    id\n    sku\n    name\n    priceCents\n    stock\n    unitsSold\n    discontinued\n    version\n    position\n  }\n',
): (typeof documents)['\n  fragment ProductFields on Product {\n    id\n    sku\n    name\n    priceCents\n    stock\n    unitsSold\n    discontinued\n    version\n    position\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductById($id: ID!, $atLeast: Position) {\n    product(id: $id, atLeast: $atLeast) {\n      ...ProductFields\n    }\n  }\n',
): (typeof documents)['\n  query ProductById($id: ID!, $atLeast: Position) {\n    product(id: $id, atLeast: $atLeast) {\n      ...ProductFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Products($first: Int, $after: String, $search: String, $atLeast: Position) {\n    products(first: $first, after: $after, search: $search, atLeast: $atLeast) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Products($first: Int, $after: String, $search: String, $atLeast: Position) {\n    products(first: $first, after: $after, search: $search, atLeast: $atLeast) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProductFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ProductChanged($id: ID) {\n    productChanged(id: $id) {\n      ...ProductFields\n    }\n  }\n',
): (typeof documents)['\n  subscription ProductChanged($id: ID) {\n    productChanged(id: $id) {\n      ...ProductFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrderFields on Order {\n    id\n    customerId\n    status\n    totalCents\n    version\n    position\n    lines {\n      productId\n      quantity\n      unitPriceCents\n      product {\n        id\n        stock\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment OrderFields on Order {\n    id\n    customerId\n    status\n    totalCents\n    version\n    position\n    lines {\n      productId\n      quantity\n      unitPriceCents\n      product {\n        id\n        stock\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrderById($id: ID!, $atLeast: Position) {\n    order(id: $id, atLeast: $atLeast) {\n      ...OrderFields\n    }\n  }\n',
): (typeof documents)['\n  query OrderById($id: ID!, $atLeast: Position) {\n    order(id: $id, atLeast: $atLeast) {\n      ...OrderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Orders($first: Int, $after: String, $atLeast: Position) {\n    orders(first: $first, after: $after, atLeast: $atLeast) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Orders($first: Int, $after: String, $atLeast: Position) {\n    orders(first: $first, after: $after, atLeast: $atLeast) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderFields\n    }\n  }\n',
): (typeof documents)['\n  subscription OrderChanged {\n    orderChanged {\n      ...OrderFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SalesFields on SalesStats {\n    id\n    ordersPlaced\n    ordersPaid\n    revenueCents\n    position\n  }\n',
): (typeof documents)['\n  fragment SalesFields on SalesStats {\n    id\n    ordersPlaced\n    ordersPaid\n    revenueCents\n    position\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SalesStats($atLeast: Position) {\n    salesStats(atLeast: $atLeast) {\n      ...SalesFields\n    }\n  }\n',
): (typeof documents)['\n  query SalesStats($atLeast: Position) {\n    salesStats(atLeast: $atLeast) {\n      ...SalesFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription SalesStatsChanged {\n    salesStatsChanged {\n      ...SalesFields\n    }\n  }\n',
): (typeof documents)['\n  subscription SalesStatsChanged {\n    salesStatsChanged {\n      ...SalesFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
