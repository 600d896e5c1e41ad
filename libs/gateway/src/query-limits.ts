import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

/** Limits on one GraphQL document. Rejections name no limit, so probing learns nothing. */
export interface QueryLimits {
  /** @default 12 */
  maxDepth: number;
  /** @default 20 */
  maxAliases: number;
  /** @default 3000 */
  maxTokens: number;
  /** @default 5000 */
  maxCost: number;
  /** @default 20 */
  maxDirectives: number;
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 3000,
  maxCost: 5000,
  maxDirectives: 20,
};

const hidden = { exposeLimits: false, errorMessage: 'Query rejected: it exceeds the limits of this server.' };

export function securityPlugins(limits: QueryLimits = defaultQueryLimits): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth, ...hidden },
      maxAliases: { n: limits.maxAliases, ...hidden },
      maxTokens: { n: limits.maxTokens, ...hidden },
      // Flattened: a fragment spread costs what its fields cost inline. Unflattened, armor charges
      // each spread another level of depth factor, so a client's fragments doubled its cost.
      costLimit: { maxCost: limits.maxCost, flattenFragments: true, ...hidden },
      maxDirectives: { n: limits.maxDirectives, ...hidden },
      blockFieldSuggestion: { enabled: true },
    }),
    useCSRFPrevention(),
  ];
}
