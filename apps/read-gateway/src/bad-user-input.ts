import { GraphQLError } from 'graphql';

/** A client mistake in an argument; passes Yoga's masking because it carries a code. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
