/** What GraphiQL opens with: operations a newcomer can run as they are. */
export const graphiqlExample = `# Newest products, then the sales totals. Pass a mutation's position as atLeast
# to read your own write: the answer waits until the read models have applied it.
query Shop {
  products(first: 5) {
    totalCount
    edges { node { id sku name priceCents stock unitsSold discontinued } cursor }
    pageInfo { hasNextPage endCursor }
  }
  salesStats {
    ordersPlaced ordersPaid revenueCents
    topProducts(limit: 3) { product { name } unitsSold revenueCents }
  }
  projections { name position lag updatedAt }
}

# Run this in a second tab, then move an order along in the write gateway's GraphiQL.
subscription LiveOrders {
  orderChanged { id status totalCents position }
}

# The raw log: replays everything past "after", then follows it live.
subscription Log {
  events(after: "0") { position type streamId occurredAt }
}
`;
