// The sales figures the conformance tests read and follow on the read gateway.
import { graphql } from '../generated/read/index.js';

export const SalesFields = graphql(`
  fragment SalesFields on SalesStats {
    id
    ordersPlaced
    ordersPaid
    revenueCents
    position
  }
`);

export const SalesStatsQuery = graphql(`
  query SalesStats($atLeast: Position) {
    salesStats(atLeast: $atLeast) {
      ...SalesFields
    }
  }
`);

export const SalesStatsChanged = graphql(`
  subscription SalesStatsChanged {
    salesStatsChanged {
      ...SalesFields
    }
  }
`);
