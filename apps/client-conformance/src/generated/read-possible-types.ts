export type PossibleTypesResultData = {
  possibleTypes: {
    DeadLetterActionError: [
      'DeadLetterNotWaitingError',
      'DeadLetterRetryFailedError',
      'DeadLetterRetryOutOfOrderError',
      'DeadLetterRetryRefusedError',
    ];
    EventPayload: [
      'OrderCancelledPayload',
      'OrderPaidPayload',
      'OrderPlacedPayload',
      'OrderShippedPayload',
      'ProductDiscontinuedPayload',
      'ProductPriceChangedPayload',
      'ProductRegisteredPayload',
      'ProductRestockedPayload',
      'SkuClaimedPayload',
      'StockReleasedPayload',
      'StockReservedPayload',
    ];
    RetryDeadLetterResult: [
      'DeadLetterNotWaitingError',
      'DeadLetterResolved',
      'DeadLetterRetryFailedError',
      'DeadLetterRetryOutOfOrderError',
      'DeadLetterRetryRefusedError',
    ];
    SkipDeadLetterResult: ['DeadLetterNotWaitingError', 'DeadLetterResolved'];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    DeadLetterActionError: [
      'DeadLetterNotWaitingError',
      'DeadLetterRetryFailedError',
      'DeadLetterRetryOutOfOrderError',
      'DeadLetterRetryRefusedError',
    ],
    EventPayload: [
      'OrderCancelledPayload',
      'OrderPaidPayload',
      'OrderPlacedPayload',
      'OrderShippedPayload',
      'ProductDiscontinuedPayload',
      'ProductPriceChangedPayload',
      'ProductRegisteredPayload',
      'ProductRestockedPayload',
      'SkuClaimedPayload',
      'StockReleasedPayload',
      'StockReservedPayload',
    ],
    RetryDeadLetterResult: [
      'DeadLetterNotWaitingError',
      'DeadLetterResolved',
      'DeadLetterRetryFailedError',
      'DeadLetterRetryOutOfOrderError',
      'DeadLetterRetryRefusedError',
    ],
    SkipDeadLetterResult: ['DeadLetterNotWaitingError', 'DeadLetterResolved'],
  },
};
export default result;
