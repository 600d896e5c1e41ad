import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitRefusal, type LimitName } from './limit-refusal';
import { defaultPageSizes, useQueryCost, type PageSizes } from './query-cost';

/**
 * Limits on one GraphQL operation. A refusal names the limit it broke, with its value and the
 * operation's figure, and carries a code per limit (limit-refusal.ts), so a client can tell what to
 * change; the limits are not secret, and a client that can predict them need not probe.
 */
export interface QueryLimits {
  /** Levels of nested selections; a fragment (spread or inline) is a level of its own. @default 12 */
  maxDepth: number;
  /** Aliased fields, fragments included. @default 20 */
  maxAliases: number;
  /** Lexical tokens of the document, counted while it is parsed. @default 3000 */
  maxTokens: number;
  /**
   * The cost of the operation with its variables (query-cost.ts). With the defaults: the largest
   * page of every Product field costs 2,001, of every Order field with its lines and their
   * products 3,701 (as the schemas stood when this was set); both together with the sales and 100
   * top products about 7,100. Five full product pages (10,005) or a page of 100 inside a page of
   * 100 (over 10,000 even with a single field) are refused.
   * @default 10000
   */
  maxCost: number;
  /** Directives, fragments included. @default 20 */
  maxDirectives: number;
  /** How the cost model sizes list fields by their arguments. @default defaultPageSizes */
  pageSizes: PageSizes;
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 3000,
  maxCost: 10_000,
  maxDirectives: 20,
  pageSizes: defaultPageSizes,
};

/**
 * The limits as Yoga plugins: depth, aliases, directives and tokens by graphql-armor, with its
 * rejections replaced by ours (armor prefixes each with "Syntax Error:" and gives no code); the
 * cost by our model, which sees the variables.
 *
 * No CSRF header is required (Yoga's useCSRFPrevention is gone), so GET queries (urql's default)
 * and server-sent events over GET (a browser's EventSource) are served. A forged cross-site
 * request can do nothing here: the only credential is a bearer token sent in a header by the
 * client's own code, never a cookie or anything else a browser attaches by itself, so a request
 * a foreign page makes a browser send is anonymous (the catalog, which anyone may read). Browser
 * pages of foreign origins are refused with 403 (origin-policy.ts), and mutations over GET stay
 * refused (405, Yoga's default), so a GET never changes anything.
 */
export function securityPlugins(limits: Partial<QueryLimits> = {}): Plugin[] {
  const { maxDepth, maxAliases, maxTokens, maxCost, maxDirectives, pageSizes } = {
    ...defaultQueryLimits,
    ...limits,
  };
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: maxDepth, ...refusedAs('depth', maxDepth) },
      maxAliases: { n: maxAliases, ...refusedAs('aliases', maxAliases) },
      maxDirectives: { n: maxDirectives, ...refusedAs('directives', maxDirectives) },
      maxTokens: {
        n: maxTokens,
        // Thrown from the parser, which armor's own error would leave as a "Syntax Error".
        onReject: [
          () => {
            throw limitRefusal('tokens', maxTokens);
          },
        ],
      },
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: true },
    }),
    // The schema's own description (__schema) is left out of the depth above: a client's
    // introspection (GraphiQL's, codegen's) nests ofType nine levels inside a type's fields. It
    // gets a depth limit of its own, so that an ofType chain cannot go on without end.
    EnvelopArmorPlugin({
      maxDepth: {
        n: MAX_INTROSPECTION_DEPTH,
        ignoreIntrospection: false,
        ...refusedAs('depth', MAX_INTROSPECTION_DEPTH),
      },
      maxAliases: { enabled: false },
      maxDirectives: { enabled: false },
      maxTokens: { enabled: false },
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: false },
    }),
    useQueryCost({ maxCost, pageSizes }),
  ];
}

/** Room for the fullest introspection query clients send (graphql-js's, every option on: 21). */
const MAX_INTROSPECTION_DEPTH = 25;

/**
 * Armor's validation rules report our refusal in place of theirs. With exposeLimits, armor's
 * message ends "…, found <n>.": the figure is taken from there when it is.
 */
function refusedAs(limit: LimitName, max: number) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(limitRefusal(limit, max, found === undefined ? undefined : Number(found)));
      },
    ],
  };
}
