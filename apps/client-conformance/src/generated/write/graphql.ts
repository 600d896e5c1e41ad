/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The type of an event the domain writes, named as the log names it. */
export type EventType =
  /** An order was cancelled, with its reason and the status it had before. */
  | 'OrderCancelled'
  /** An order was paid in full. */
  | 'OrderPaid'
  /** An order was placed, with its lines at the prices of the time and its total. */
  | 'OrderPlaced'
  /** An order was shipped. */
  | 'OrderShipped'
  /** A product was discontinued: it takes no more orders. */
  | 'ProductDiscontinued'
  /** A product's price changed. */
  | 'ProductPriceChanged'
  /** A product was registered, with its SKU, name, price, initial stock and category. */
  | 'ProductRegistered'
  /** Units were added to a product's stock. */
  | 'ProductRestocked'
  /** A SKU was claimed for a product, on the stream sku:<SKU>: what makes SKUs unique. */
  | 'SkuClaimed'
  /** Units reserved for an order went back to the product's stock (the order was cancelled). */
  | 'StockReleased'
  /** Units of a product were set aside for an order (on the product's stream). */
  | 'StockReserved';

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

export type AcceptedFragment = {
  subjectId: string;
  position: string;
  eventTypes: Array<EventType>;
  streams: Array<{ streamId: string; version: number; position: string }>;
};

export type RegisterProductMutationVariables = Exact<{
  input: RegisterProductInput;
}>;

export type RegisterProductMutation = {
  registerProduct:
    | {
        __typename: 'CommandAccepted';
        subjectId: string;
        position: string;
        eventTypes: Array<EventType>;
        streams: Array<{ streamId: string; version: number; position: string }>;
      }
    | { __typename: 'DuplicateSkuError'; sku: string; message: string }
    | { __typename: 'ValidationError'; message: string; fields: Array<{ field: string; message: string }> };
};

export type RestockProductMutationVariables = Exact<{
  input: RestockProductInput;
}>;

export type RestockProductMutation = {
  restockProduct:
    | {
        __typename: 'CommandAccepted';
        subjectId: string;
        position: string;
        eventTypes: Array<EventType>;
        streams: Array<{ streamId: string; version: number; position: string }>;
      }
    | { __typename: 'ConcurrencyError'; message: string }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'ProductDiscontinuedError'; message: string }
    | { __typename: 'ValidationError'; message: string };
};

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;

export type PlaceOrderMutation = {
  placeOrder:
    | {
        __typename: 'CommandAccepted';
        subjectId: string;
        position: string;
        eventTypes: Array<EventType>;
        streams: Array<{ streamId: string; version: number; position: string }>;
      }
    | {
        __typename: 'InsufficientStockError';
        productId: string;
        available: number;
        requested: number;
        message: string;
      }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'ProductDiscontinuedError'; message: string }
    | { __typename: 'ValidationError'; message: string; fields: Array<{ field: string; message: string }> };
};

export type PayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;

export type PayOrderMutation = {
  payOrder:
    | {
        __typename: 'CommandAccepted';
        subjectId: string;
        position: string;
        eventTypes: Array<EventType>;
        streams: Array<{ streamId: string; version: number; position: string }>;
      }
    | { __typename: 'InvalidOrderStateError'; message: string }
    | { __typename: 'NotFoundError'; message: string }
    | { __typename: 'PaymentMismatchError'; expectedCents: number; receivedCents: number; message: string }
    | { __typename: 'ValidationError'; message: string };
};

export const AcceptedFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Accepted' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'streams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'streamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptedFragment, unknown>;
export const RegisterProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterProductInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerProduct' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Accepted' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ValidationError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DuplicateSkuError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sku' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Error' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'message' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Accepted' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'streams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'streamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterProductMutation, RegisterProductMutationVariables>;
export const RestockProductDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestockProduct' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RestockProductInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restockProduct' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Accepted' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Error' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'message' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Accepted' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'streams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'streamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestockProductMutation, RestockProductMutationVariables>;
export const PlaceOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placeOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Accepted' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ValidationError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'InsufficientStockError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Error' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'message' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Accepted' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'streams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'streamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PayOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PayOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PayOrderInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Accepted' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PaymentMismatchError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedCents' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'receivedCents' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Error' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'message' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Accepted' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CommandAccepted' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'streams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'streamId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayOrderMutation, PayOrderMutationVariables>;
