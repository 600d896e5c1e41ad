import { AuthenticationError } from './auth-errors';

/**
 * The token of an `Authorization: Bearer …` value; undefined when there is no value at all. A
 * value that is there but holds no bearer token is refused, never taken as anonymous.
 */
export function bearerToken(authorization: string | null | undefined): string | undefined {
  if (authorization === null || authorization === undefined) return undefined;
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw new AuthenticationError('The Authorization header must be "Bearer <token>".');
  return match[1];
}
