import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError } from './auth-errors';
import type { AuthConfig } from './auth-config';
import { anonymous } from './caller';
import { signToken } from './sign-token';
import { createAuthenticator } from './token-verifier';

const secret = new TextEncoder().encode('a-shared-secret-of-at-least-32-characters');
const secretConfig: AuthConfig = {
  keys: { kind: 'secret', secret },
  issuer: undefined,
  audience: undefined,
  rolesClaim: 'roles',
};

describe('token verification with a shared secret', () => {
  const authenticator = createAuthenticator(secretConfig);

  it('takes no Authorization as anonymous, and a valid token as its sub and roles', async () => {
    expect(await authenticator.authenticate(undefined)).toBe(anonymous);
    const token = await signToken(secret, { sub: 'ada', roles: ['customer'], ttlSeconds: 60 });
    const caller = await authenticator.authenticate(`Bearer ${token}`);
    expect(caller).toMatchObject({ sub: 'ada', roles: ['customer'] });
    expect(caller.expiresAt! - Date.now()).toBeGreaterThan(50_000);
  });

  it('refuses a token signed with another secret, expired, not yet valid, or without exp', async () => {
    const other = new TextEncoder().encode('another-secret-of-at-least-32-characters!');
    const now = Math.floor(Date.now() / 1000);
    const tokens = {
      'another secret': await signToken(other, { sub: 'ada', roles: ['operator'] }),
      expired: await new SignJWT({ roles: ['operator'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('ada')
        .setExpirationTime(now - 10)
        .sign(secret),
      'not yet valid': await new SignJWT({ roles: ['operator'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('ada')
        .setNotBefore(now + 600)
        .setExpirationTime(now + 1200)
        .sign(secret),
      'no exp': await new SignJWT({ roles: ['operator'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('ada')
        .sign(secret),
      tampered: (await signToken(secret, { sub: 'ada', roles: ['customer'] })).replace(
        /\.([^.]+)\./,
        (_, body: string) =>
          `.${Buffer.from(Buffer.from(body, 'base64url').toString().replace('customer', 'operator')).toString('base64url')}.`,
      ),
    };
    for (const [name, token] of Object.entries(tokens)) {
      await expect(authenticator.authenticate(`Bearer ${token}`), name).rejects.toBeInstanceOf(
        AuthenticationError,
      );
    }
    await expect(authenticator.authenticate(`Bearer ${tokens.expired}`)).rejects.toThrow(
      'The token has expired.',
    );
  });

  it('refuses a token whose sub is empty: every caller is someone', async () => {
    for (const sub of ['', '   ']) {
      const token = await signToken(secret, { sub, roles: ['customer'] });
      await expect(authenticator.authenticate(`Bearer ${token}`)).rejects.toThrow(/"sub" claim is empty/);
    }
  });

  it('checks iss and aud when configured', async () => {
    const strict = createAuthenticator({ ...secretConfig, issuer: 'https://id.shop', audience: 'sluice' });
    const right = await signToken(secret, {
      sub: 'ada',
      roles: [],
      issuer: 'https://id.shop',
      audience: 'sluice',
    });
    const wrong = await signToken(secret, {
      sub: 'ada',
      roles: [],
      issuer: 'https://id.shop',
      audience: 'other',
    });
    await expect(strict.authenticate(`Bearer ${right}`)).resolves.toMatchObject({ sub: 'ada' });
    await expect(strict.authenticate(`Bearer ${wrong}`)).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('token verification with an identity provider (JWKS over HTTP)', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let jwks: { keys: JWK[] };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const providerToken = (claims: Record<string, unknown>, audience = 'sluice') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('ada')
      .setIssuer('https://id.shop')
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(privateKey);

  const config = (rolesClaim = 'roles'): AuthConfig => ({
    keys: { kind: 'jwks', url: jwksUrl },
    issuer: 'https://id.shop',
    audience: 'sluice',
    rolesClaim,
  });

  it("verifies the provider's tokens, with roles from a nested claim when configured", async () => {
    const nested = createAuthenticator(config('realm_access.roles'));
    const token = await providerToken({ realm_access: { roles: ['operator', 'offline_access'] } });
    await expect(nested.authenticate(`Bearer ${token}`)).resolves.toMatchObject({
      sub: 'ada',
      roles: ['operator'],
    });
  });

  it('refuses a token for another audience, and an HS256 token however it was signed', async () => {
    const authenticator = createAuthenticator(config());
    await expect(
      authenticator.authenticate(`Bearer ${await providerToken({}, 'other-app')}`),
    ).rejects.toBeInstanceOf(AuthenticationError);
    const hs = await signToken(secret, {
      sub: 'ada',
      roles: ['operator'],
      issuer: 'https://id.shop',
      audience: 'sluice',
    });
    await expect(authenticator.authenticate(`Bearer ${hs}`)).rejects.toBeInstanceOf(AuthenticationError);
  });
});
