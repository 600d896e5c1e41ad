import { GraphQLError } from 'graphql';
import { maskError, type YogaServerOptions } from 'graphql-yoga';
import type { Logger } from './logger';

/**
 * Yoga's masking, plus a log line with the stack of every error a client does not see.
 * Errors raised on purpose (a GraphQLError with extensions.code) pass through unmasked.
 */
export function maskedErrors(logger: Logger): NonNullable<YogaServerOptions<object, object>['maskedErrors']> {
  return {
    maskError(error, message, isDev) {
      const original = error instanceof GraphQLError ? error.originalError : error;
      const unexpected = original !== undefined && !(original instanceof GraphQLError);
      if (unexpected) {
        logger.error('unexpected error', {
          error: original instanceof Error ? original.message : JSON.stringify(original),
          stack: original instanceof Error ? original.stack : undefined,
          path: error instanceof GraphQLError ? error.path : undefined,
        });
      }
      return maskError(error, message, isDev);
    },
  };
}
