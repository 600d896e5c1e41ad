import { hasRole, type Caller } from './caller';

/**
 * The rules for rows, in one place for queries, mutations and subscriptions alike: operators act
 * on every order, a customer only on their own, nobody else on any.
 */
export function mayActOnOrderOf(caller: Caller, customerId: string): boolean {
  if (hasRole(caller, 'operator')) return true;
  return hasRole(caller, 'customer') && caller.sub === customerId;
}

/**
 * Which customer's orders the caller may see: undefined for all of them (operators), a customer
 * id, or null for none.
 */
export function visibleCustomer(caller: Caller): string | undefined | null {
  if (hasRole(caller, 'operator')) return undefined;
  return hasRole(caller, 'customer') && caller.sub !== undefined ? caller.sub : null;
}

/** The Pothos scope-auth scopes a caller holds; each root field names the ones it needs. */
export interface CallerScopes {
  public: boolean;
  user: boolean;
  customer: boolean;
  analyst: boolean;
  operator: boolean;
}

export function scopesOf(caller: Caller): CallerScopes {
  return {
    public: true,
    user: caller.sub !== undefined,
    customer: hasRole(caller, 'customer'),
    analyst: hasRole(caller, 'analyst'),
    operator: hasRole(caller, 'operator'),
  };
}
