import { forbidden, hasRole, type Caller } from '@sluice/auth';

/**
 * The customer an order is placed for: anyone an operator names, a customer's own id from their
 * token. A customer naming someone else is refused, never silently corrected.
 */
export function customerIdFor(caller: Caller, given: string | number | null | undefined): string {
  const named = given === null || given === undefined ? undefined : String(given);
  // An operator who names nobody gets the domain's ValidationError for an empty customerId.
  if (hasRole(caller, 'operator')) return named ?? '';
  if (named !== undefined && named !== caller.sub) {
    throw forbidden('A customer places orders for themselves only: leave customerId out, or send your own.');
  }
  return caller.sub ?? '';
}
