import { GraphQLError } from 'graphql';
import { isSignedIn, type Caller } from './caller';

/** A bearer token that is present but not valid: malformed, badly signed, expired or not yet valid. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

export const UNAUTHENTICATED = 'UNAUTHENTICATED';
export const FORBIDDEN = 'FORBIDDEN';

export function unauthenticated(message = 'Sign in to do this: send a bearer token.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: UNAUTHENTICATED } });
}

export function forbidden(message = 'Your role does not allow this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: FORBIDDEN } });
}

/** The refusal a caller gets for an operation it may not use: sign in first, or not with this role. */
export function refusalFor(caller: Caller): GraphQLError {
  return isSignedIn(caller) ? forbidden() : unauthenticated();
}
