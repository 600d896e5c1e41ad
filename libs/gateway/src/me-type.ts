import type { Caller, Role } from '@sluice/auth';

/** What `Query.me` answers on both gateways: the caller as the gateway understood its token. */
export interface Me {
  id: string | null;
  roles: Role[];
  expiresAt: Date | null;
}

export function meOf(caller: Caller): Me {
  return {
    id: caller.sub ?? null,
    roles: [...caller.roles],
    expiresAt: caller.expiresAt === undefined ? null : new Date(caller.expiresAt),
  };
}

/** The GraphQL enum `Role`, as both gateways define it. */
export const roleEnumValues = {
  OPERATOR: { value: 'operator', description: 'Runs the shop: the catalog, every order, the log.' },
  CUSTOMER: { value: 'customer', description: 'Places and follows their own orders.' },
  ANALYST: { value: 'analyst', description: 'Reads the sales figures.' },
} as const;

export const meDescriptions = {
  type: 'The caller, as this gateway understood its token.',
  id: "The token's sub; null when anonymous.",
  query: 'Who the server takes the caller to be. Anyone may ask.',
} as const;
