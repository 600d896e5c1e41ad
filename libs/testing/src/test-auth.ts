import { signToken, type AuthConfig, type Role } from '@sluice/auth';

/** The shared secret every test system verifies with (AUTH_SECRET for processes). */
export const testAuthSecret = 'sluice-tests-shared-hs256-secret-not-for-production';

export const testAuth: AuthConfig = {
  keys: { kind: 'secret', secret: new TextEncoder().encode(testAuthSecret) },
  issuer: undefined,
  audience: undefined,
  rolesClaim: 'roles',
};

/** A token signed with the test secret: by default an operator, valid for an hour. */
export function testToken(role: Role = 'operator', sub = `test-${role}`, ttlSeconds = 3600): Promise<string> {
  return signToken(new TextEncoder().encode(testAuthSecret), { sub, roles: [role], ttlSeconds });
}

/** The Authorization header of a test token. */
export async function authHeader(role: Role = 'operator', sub?: string): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await testToken(role, sub)}` };
}
