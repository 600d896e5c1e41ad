/** What GraphiQL opens with: operations a newcomer can run as they are. */
export const graphiqlExample = `# A whole order flow: run Register, put its id in the variables as productId,
# run PlaceOrder, put that id in as orderId, then PayOrder and ShipOrder.
# Each answers with a position: pass it as atLeast to the read gateway to read your own write.
# A SKU is registered once: run Register again and it answers DuplicateSkuError; change the SKU.
mutation Register {
  registerProduct(input: { sku: "MUG-2", name: "Large mug", priceCents: 1200, initialStock: 5 }) {
    __typename
    ... on CommandAccepted { id version position events }
    ... on ValidationError { fields { field message } }
    ... on DuplicateSkuError { sku message }
  }
}

mutation PlaceOrder($productId: ID!) {
  placeOrder(input: { customerId: "ada", lines: [{ productId: $productId, quantity: 2 }] }) {
    __typename
    ... on CommandAccepted { id position }
    ... on Error { message }
  }
}

mutation PayOrder($orderId: ID!) {
  payOrder(input: { orderId: $orderId, amountCents: 2400 }) {
    __typename
    ... on CommandAccepted { position }
    ... on Error { message }
  }
}

mutation ShipOrder($orderId: ID!) {
  shipOrder(input: { orderId: $orderId }) {
    __typename
    ... on CommandAccepted { position }
    ... on Error { message }
  }
}
`;
