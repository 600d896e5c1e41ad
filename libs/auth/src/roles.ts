/** The kinds of user Sluice knows. A token may carry others; they grant nothing here. */
export const roles = ['operator', 'customer', 'analyst'] as const;

export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
