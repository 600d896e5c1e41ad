/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CancelOrderInput = {
  commandId?: string | number | null | undefined;
  orderId: string | number;
  reason?: string | null | undefined;
};

export type ChangeProductPriceInput = {
  commandId?: string | number | null | undefined;
  /** When given, the command fails with ConcurrencyError unless the product is at this version. */
  expectedVersion?: number | null | undefined;
  priceCents: number;
  productId: string | number;
};

export type DiscontinueProductInput = {
  commandId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
  productId: string | number;
};

export type OrderLineInput = {
  productId: string | number;
  /** 1-10000. */
  quantity: number;
};

export type PayOrderInput = {
  amountCents: number;
  commandId?: string | number | null | undefined;
  orderId: string | number;
};

export type PlaceOrderInput = {
  commandId?: string | number | null | undefined;
  /** Required of operators; a customer's is taken from their token and may be left out. */
  customerId?: string | number | null | undefined;
  /** 1-100 lines, each product at most once. */
  lines: Array<OrderLineInput>;
};

export type RegisterProductInput = {
  /** Up to 60 characters; "Uncategorized" when left out or blank. */
  category?: string | null | undefined;
  commandId?: string | number | null | undefined;
  /** 0 or more; 0 when left out. */
  initialStock?: number | null | undefined;
  /** 1-200 characters. */
  name: string;
  /** Greater than 0. */
  priceCents: number;
  /** 1-64 characters of A-Z, 0-9 and '-'; unique across all products. */
  sku: string;
};

export type RestockProductInput = {
  commandId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
  productId: string | number;
  /** 1 or more. */
  quantity: number;
};

export type ShipOrderInput = {
  commandId?: string | number | null | undefined;
  orderId: string | number;
};

export type AcceptedFragment = { id: string, position: string };

export type InvalidFragment = { fields: Array<{ field: string, message: string }> };

export type RegisterProductMutationVariables = Exact<{
  input: RegisterProductInput;
}>;


export type RegisterProductMutation = { result:
    | { __typename: 'CommandAccepted', id: string, position: string }
    | { __typename: 'DuplicateSkuError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, message: string }> }
   };

export type ChangeProductPriceMutationVariables = Exact<{
  input: ChangeProductPriceInput;
}>;


export type ChangeProductPriceMutation = { result:
    | { __typename: 'CommandAccepted', id: string, position: string }
    | { __typename: 'ConcurrencyError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ProductDiscontinuedError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, message: string }> }
   };

export type RestockProductMutationVariables = Exact<{
  input: RestockProductInput;
}>;


export type RestockProductMutation = { result:
    | { __typename: 'CommandAccepted', id: string, position: string }
    | { __typename: 'ConcurrencyError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ProductDiscontinuedError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, message: string }> }
   };

export type DiscontinueProductMutationVariables = Exact<{
  input: DiscontinueProductInput;
}>;


export type DiscontinueProductMutation = { result:
    | { __typename: 'CommandAccepted', id: string, position: string }
    | { __typename: 'ConcurrencyError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, message: string }> }
   };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { result:
    | { __typename: 'CommandAccepted', id: string, position: string }
    | { __typename: 'InsufficientStockError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ProductDiscontinuedError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, message: string }> }
   };

export type PayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type PayOrderMutation = { result:
    | { __typename: 'CommandAccepted', id: string, position: string }
    | { __typename: 'InvalidOrderStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'PaymentMismatchError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, message: string }> }
   };

export type ShipOrderMutationVariables = Exact<{
  input: ShipOrderInput;
}>;


export type ShipOrderMutation = { result:
    | { __typename: 'CommandAccepted', id: string, position: string }
    | { __typename: 'InvalidOrderStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, message: string }> }
   };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { result:
    | { __typename: 'CommandAccepted', id: string, position: string }
    | { __typename: 'InvalidOrderStateError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, message: string }> }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AcceptedFragmentDoc = new TypedDocumentString(`
    fragment Accepted on CommandAccepted {
  id
  position
}
    `, {"fragmentName":"Accepted"}) as unknown as TypedDocumentString<AcceptedFragment, unknown>;
export const InvalidFragmentDoc = new TypedDocumentString(`
    fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}
    `, {"fragmentName":"Invalid"}) as unknown as TypedDocumentString<InvalidFragment, unknown>;
export const RegisterProductDocument = new TypedDocumentString(`
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
    fragment Accepted on CommandAccepted {
  id
  position
}
fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}`) as unknown as TypedDocumentString<RegisterProductMutation, RegisterProductMutationVariables>;
export const ChangeProductPriceDocument = new TypedDocumentString(`
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
    fragment Accepted on CommandAccepted {
  id
  position
}
fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}`) as unknown as TypedDocumentString<ChangeProductPriceMutation, ChangeProductPriceMutationVariables>;
export const RestockProductDocument = new TypedDocumentString(`
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
    fragment Accepted on CommandAccepted {
  id
  position
}
fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}`) as unknown as TypedDocumentString<RestockProductMutation, RestockProductMutationVariables>;
export const DiscontinueProductDocument = new TypedDocumentString(`
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
    fragment Accepted on CommandAccepted {
  id
  position
}
fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}`) as unknown as TypedDocumentString<DiscontinueProductMutation, DiscontinueProductMutationVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
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
    fragment Accepted on CommandAccepted {
  id
  position
}
fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}`) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PayOrderDocument = new TypedDocumentString(`
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
    fragment Accepted on CommandAccepted {
  id
  position
}
fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}`) as unknown as TypedDocumentString<PayOrderMutation, PayOrderMutationVariables>;
export const ShipOrderDocument = new TypedDocumentString(`
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
    fragment Accepted on CommandAccepted {
  id
  position
}
fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}`) as unknown as TypedDocumentString<ShipOrderMutation, ShipOrderMutationVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
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
    fragment Accepted on CommandAccepted {
  id
  position
}
fragment Invalid on ValidationError {
  fields {
    field
    message
  }
}`) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;