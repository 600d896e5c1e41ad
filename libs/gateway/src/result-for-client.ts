import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';

/** What a result may carry only for the server: Yoga's HTTP status hints and masking marks. */
const internal = new Set(['http', 'unexpected']);

/**
 * A result as a client receives it outside Yoga's HTTP responses (graphql-ws, graphql-sse): errors in their
 * JSON form without the extensions meant for the server, as Yoga strips them over HTTP.
 */
export function forClient(result: ExecutionResult): FormattedExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      // Errors are GraphQLErrors, but a plugin may have put a plain object there.
      const formatted: GraphQLFormattedError = typeof error.toJSON === 'function' ? error.toJSON() : error;
      const { extensions, ...rest } = formatted;
      const kept = Object.entries(extensions ?? {}).filter(([name]) => !internal.has(name));
      return kept.length ? { ...rest, extensions: Object.fromEntries(kept) } : rest;
    }),
  };
}
