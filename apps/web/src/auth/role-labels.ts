import type { Role } from '../generated/read/graphql';

const labels: Record<Role, string> = { OPERATOR: 'operator', CUSTOMER: 'customer', ANALYST: 'analyst' };

export function roleLabels(roles: readonly Role[]): string {
  return roles.map((role) => labels[role]).join(', ');
}
