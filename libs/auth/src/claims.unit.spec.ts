import { describe, expect, it } from 'vitest';
import { bearerToken } from './bearer';
import { AuthenticationError } from './auth-errors';
import { rolesFromClaims } from './claims';

describe('roles from claims', () => {
  it('reads the roles claim, keeping only the roles Sluice knows', () => {
    expect(rolesFromClaims({ roles: ['operator', 'admin', 'customer', 'customer'] }, 'roles')).toEqual([
      'customer',
      'operator',
    ]);
  });

  it('follows a dot-separated path, for providers that nest roles', () => {
    expect(rolesFromClaims({ realm_access: { roles: ['analyst'] } }, 'realm_access.roles')).toEqual([
      'analyst',
    ]);
    expect(rolesFromClaims({ realm_access: 'x' }, 'realm_access.roles')).toEqual([]);
  });

  it('takes a space-separated string as a list, and grants nothing for anything else', () => {
    expect(rolesFromClaims({ scope: 'openid analyst' }, 'scope')).toEqual(['analyst']);
    expect(rolesFromClaims({ roles: { operator: true } }, 'roles')).toEqual([]);
    expect(rolesFromClaims({}, 'roles')).toEqual([]);
  });
});

describe('bearer token', () => {
  it('is undefined without an Authorization value, and the token of a Bearer value', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken(null)).toBeUndefined();
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
  });

  it('refuses a value that holds no bearer token rather than taking it as anonymous', () => {
    for (const value of ['', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'abc.def.ghi', 'Bearer a b']) {
      expect(() => bearerToken(value), value).toThrow(AuthenticationError);
    }
  });
});
