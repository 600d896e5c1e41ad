import { signingSecret, type AuthConfig } from './auth-config';
import type { Role } from './roles';
import { signToken } from './sign-token';

export interface DevTokens {
  sign(role: Role, sub?: string): Promise<string>;
}

/** The sub a dev token gets when none is given: a customer id for a customer. */
export function defaultDevSub(role: Role): string {
  return `dev-${role}`;
}

/**
 * Tokens for the embedded default's conveniences (GraphiQL, the dashboard's picker); undefined
 * whenever keys were configured, so no deployment hands out tokens.
 */
export function devTokens(config: AuthConfig): DevTokens | undefined {
  if (config.keys.kind !== 'dev') return undefined;
  const secret = signingSecret(config.keys);
  if (!secret) return undefined;
  return {
    sign: (role, sub) =>
      signToken(secret, {
        sub: sub ?? defaultDevSub(role),
        roles: [role],
        issuer: config.issuer,
        audience: config.audience,
      }),
  };
}
