import { isRole, type Role } from './roles';

/**
 * The roles a token's claims grant, from the claim at `path` (dot-separated, for providers that
 * nest them, e.g. `realm_access.roles`). A string is taken as a space-separated list.
 */
export function rolesFromClaims(claims: Readonly<Record<string, unknown>>, path: string): Role[] {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    value =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  const listed = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value : [];
  return [...new Set(listed.filter(isRole))].sort();
}
