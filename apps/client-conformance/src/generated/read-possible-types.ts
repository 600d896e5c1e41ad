export type PossibleTypesResultData = {
  possibleTypes: {
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
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
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
  },
};
export default result;
