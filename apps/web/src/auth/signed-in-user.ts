import { GraphQLRequestError, request } from '../api/graphql-http';
import { Me } from '../api/read-operations';
import type { Role } from '../generated/read/graphql';

export interface SignedInUser {
  token: string;
  /** The token's subject: for a customer, their customer id. */
  id: string;
  roles: readonly Role[];
  /** ISO timestamp; undefined for a token that never expires. */
  expiresAt: string | undefined;
}

/** The gateway refused a token, or it grants nothing here: the user must sign in otherwise. */
export class TokenRefusedError extends Error {
  override readonly name = 'TokenRefusedError';
}

/**
 * Asks the read gateway who a token belongs to (`me`). Throws TokenRefusedError for a token it
 * refuses or one without any of Sluice's roles; a network failure is thrown as it is.
 */
export async function verifyToken(readUrl: string, token: string): Promise<SignedInUser> {
  try {
    const { me } = await request(readUrl, Me, {}, { authorization: `Bearer ${token}` });
    if (!me.id) throw new TokenRefusedError('The gateway took this token for no one.');
    if (me.roles.length === 0)
      throw new TokenRefusedError('This token grants none of the roles operator, customer or analyst.');
    return { token, id: me.id, roles: me.roles, expiresAt: me.expiresAt ?? undefined };
  } catch (error) {
    if (error instanceof GraphQLRequestError) throw new TokenRefusedError(error.message);
    throw error;
  }
}
