export type PossibleTypesResultData = {
  possibleTypes: {
    CancelOrderResult: ['CommandAccepted', 'InvalidOrderStateError', 'NotFoundError', 'ValidationError'];
    ChangeProductPriceResult: [
      'CommandAccepted',
      'ConcurrencyError',
      'NotFoundError',
      'ProductDiscontinuedError',
      'ValidationError',
    ];
    DiscontinueProductResult: ['CommandAccepted', 'ConcurrencyError', 'NotFoundError', 'ValidationError'];
    Error: [
      'ConcurrencyError',
      'DuplicateSkuError',
      'InsufficientStockError',
      'InvalidOrderStateError',
      'NotFoundError',
      'PaymentMismatchError',
      'ProductDiscontinuedError',
      'ValidationError',
    ];
    PayOrderResult: [
      'CommandAccepted',
      'InvalidOrderStateError',
      'NotFoundError',
      'PaymentMismatchError',
      'ValidationError',
    ];
    PlaceOrderResult: [
      'CommandAccepted',
      'InsufficientStockError',
      'NotFoundError',
      'ProductDiscontinuedError',
      'ValidationError',
    ];
    RegisterProductResult: ['CommandAccepted', 'DuplicateSkuError', 'ValidationError'];
    RestockProductResult: [
      'CommandAccepted',
      'ConcurrencyError',
      'NotFoundError',
      'ProductDiscontinuedError',
      'ValidationError',
    ];
    ShipOrderResult: ['CommandAccepted', 'InvalidOrderStateError', 'NotFoundError', 'ValidationError'];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    CancelOrderResult: ['CommandAccepted', 'InvalidOrderStateError', 'NotFoundError', 'ValidationError'],
    ChangeProductPriceResult: [
      'CommandAccepted',
      'ConcurrencyError',
      'NotFoundError',
      'ProductDiscontinuedError',
      'ValidationError',
    ],
    DiscontinueProductResult: ['CommandAccepted', 'ConcurrencyError', 'NotFoundError', 'ValidationError'],
    Error: [
      'ConcurrencyError',
      'DuplicateSkuError',
      'InsufficientStockError',
      'InvalidOrderStateError',
      'NotFoundError',
      'PaymentMismatchError',
      'ProductDiscontinuedError',
      'ValidationError',
    ],
    PayOrderResult: [
      'CommandAccepted',
      'InvalidOrderStateError',
      'NotFoundError',
      'PaymentMismatchError',
      'ValidationError',
    ],
    PlaceOrderResult: [
      'CommandAccepted',
      'InsufficientStockError',
      'NotFoundError',
      'ProductDiscontinuedError',
      'ValidationError',
    ],
    RegisterProductResult: ['CommandAccepted', 'DuplicateSkuError', 'ValidationError'],
    RestockProductResult: [
      'CommandAccepted',
      'ConcurrencyError',
      'NotFoundError',
      'ProductDiscontinuedError',
      'ValidationError',
    ],
    ShipOrderResult: ['CommandAccepted', 'InvalidOrderStateError', 'NotFoundError', 'ValidationError'],
  },
};
export default result;
