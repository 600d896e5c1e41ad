import type { Role } from './roles';

/** Who sent a request, as its token says; anonymous when it sent none. */
export interface Caller {
  /** The token's `sub`: for a customer, the customer id. */
  readonly sub: string | undefined;
  readonly roles: readonly Role[];
  /** When the token stops being valid, in ms since the epoch; undefined for anonymous. */
  readonly expiresAt: number | undefined;
}

export const anonymous: Caller = Object.freeze({
  sub: undefined,
  roles: Object.freeze([]),
  expiresAt: undefined,
});

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.roles.includes(role);
}

export function isSignedIn(caller: Caller): boolean {
  return caller.sub !== undefined;
}
