import type { Role } from '../generated/read/graphql';

/** What a user may see and do on the page, from their roles (a token may carry several). */
export interface Access {
  /** Runs the shop: the operator console, every panel and action. */
  operate: boolean;
  /** Shops for themselves: a cart, their own orders, pay and cancel them. */
  shop: boolean;
  /** Follows orders: every order for an operator, their own for a customer. */
  orders: boolean;
  /** Reads the sales figures. */
  sales: boolean;
  /** Follows the raw event log. */
  events: boolean;
  /** Opens a product's timeline: the gateway shows products' histories to operators only. */
  productHistory: boolean;
  /** Opens an order's timeline: any order for an operator, their own for a customer. */
  orderHistory: boolean;
}

export function accessOf(roles: readonly Role[]): Access {
  const operate = roles.includes('OPERATOR');
  const shop = !operate && roles.includes('CUSTOMER');
  return {
    operate,
    shop,
    orders: operate || shop,
    sales: operate || roles.includes('ANALYST'),
    events: operate,
    productHistory: operate,
    orderHistory: operate || shop,
  };
}
