/** What each member of a result union is asked for; every member is selected so errors are visible. */
const memberFields = {
  CommandAccepted: 'id subjectId version position events eventTypes streams { streamId version position }',
  ValidationError: 'message fields { field message }',
  NotFoundError: 'message id',
  ConcurrencyError: 'message expectedVersion actualVersion',
  DuplicateSkuError: 'message sku',
  ProductDiscontinuedError: 'message productId',
  InsufficientStockError: 'message productId requested available',
  InvalidOrderStateError: 'message orderId status',
  PaymentMismatchError: 'message expectedCents receivedCents',
} as const;

type Member = keyof typeof memberFields;

function mutation(name: string, inputType: string, members: readonly Member[]): string {
  const selections = ['CommandAccepted', ...members].map(
    (m) => `... on ${m} { ${memberFields[m as Member]} }`,
  );
  return `mutation ($input: ${inputType}!) { result: ${name}(input: $input) { __typename ${selections.join(' ')} } }`;
}

export interface MutationResult {
  __typename: string;
  id?: string;
  subjectId?: string;
  version?: number;
  position?: string;
  events?: string[];
  eventTypes?: string[];
  streams?: Array<{ streamId: string; version: number; position: string }>;
  message?: string;
  fields?: Array<{ field: string; message: string }>;
  expectedVersion?: number;
  actualVersion?: number;
  sku?: string;
  productId?: string;
  requested?: number;
  available?: number;
  orderId?: string;
  status?: string;
  expectedCents?: number;
  receivedCents?: number;
}

export const mutations = {
  registerProduct: mutation('registerProduct', 'RegisterProductInput', [
    'ValidationError',
    'DuplicateSkuError',
  ]),
  changeProductPrice: mutation('changeProductPrice', 'ChangeProductPriceInput', [
    'ValidationError',
    'NotFoundError',
    'ConcurrencyError',
    'ProductDiscontinuedError',
  ]),
  restockProduct: mutation('restockProduct', 'RestockProductInput', [
    'ValidationError',
    'NotFoundError',
    'ConcurrencyError',
    'ProductDiscontinuedError',
  ]),
  discontinueProduct: mutation('discontinueProduct', 'DiscontinueProductInput', [
    'ValidationError',
    'NotFoundError',
    'ConcurrencyError',
  ]),
  placeOrder: mutation('placeOrder', 'PlaceOrderInput', [
    'ValidationError',
    'NotFoundError',
    'ProductDiscontinuedError',
    'InsufficientStockError',
  ]),
  payOrder: mutation('payOrder', 'PayOrderInput', [
    'ValidationError',
    'NotFoundError',
    'InvalidOrderStateError',
    'PaymentMismatchError',
  ]),
  shipOrder: mutation('shipOrder', 'ShipOrderInput', [
    'ValidationError',
    'NotFoundError',
    'InvalidOrderStateError',
  ]),
  cancelOrder: mutation('cancelOrder', 'CancelOrderInput', [
    'ValidationError',
    'NotFoundError',
    'InvalidOrderStateError',
  ]),
} as const;

export type MutationName = keyof typeof mutations;
