import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import readPossibleTypes from '../generated/read-possible-types.js';
import writePossibleTypes from '../generated/write-possible-types.js';

/** Both gateways' interfaces and unions, as generated: Apollo matches `... on Error` by them. */
export const possibleTypes: Record<string, string[]> = {
  ...writePossibleTypes.possibleTypes,
  ...readPossibleTypes.possibleTypes,
};

/** Apollo's normalized cache, told how Sluice's types are identified and paginated. */
export function createShopCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          // Relay connections: pages of one list merge; the filters (not first/after/atLeast) tell lists apart.
          products: relayStylePagination(['search', 'includeDiscontinued']),
          orders: relayStylePagination(['customerId', 'status']),
        },
      },
      // A result, not an entity: its id is the product's or order's, shared by every command on it.
      // (SalesStats, ProjectionStatus and Event are keyed by their ids, as Apollo does by default.)
      CommandAccepted: { keyFields: false },
    },
  });
}
