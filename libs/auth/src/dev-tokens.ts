import { signingSecret, type AuthConfig } from './auth-config';
import type { Role } from './roles';
import { listensOnLoopbackOnly } from './loopback';
import { signToken } from './sign-token';

export interface DevTokens {
  sign(role: Role, sub?: string): Promise<string>;
}

/** The sub a dev token gets when none is given: a customer id for a customer. */
export function defaultDevSub(role: Role): string {
  return `dev-${role}`;
}

/**
 * Tokens for the embedded default's conveniences (GraphiQL, the dashboard's picker), for a server
 * listening on `listening`. Undefined whenever keys were configured, so no deployment hands out
 * tokens, and whenever it listens beyond this machine's loopback: they are for the person at it,
 * and anyone on the network could take an operator's. Each request for one must also name the
 * loopback as its Host (`namesLoopback`).
 */
export function devTokens(config: AuthConfig, listening: string | undefined): DevTokens | undefined {
  if (config.keys.kind !== 'dev' || !listensOnLoopbackOnly(listening)) return undefined;
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
