import { SignJWT } from 'jose';
import type { Role } from './roles';

export interface TokenRequest {
  sub: string;
  roles: readonly Role[];
  /** @default 43200 (12 hours) */
  ttlSeconds?: number;
  issuer?: string | undefined;
  audience?: string | undefined;
}

/** An HS256 token signed with the shared secret, as `sluice token` prints and tests use. */
export function signToken(secret: Uint8Array, request: TokenRequest): Promise<string> {
  let jwt = new SignJWT({ roles: [...request.roles] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (request.ttlSeconds ?? 43_200));
  if (request.issuer) jwt = jwt.setIssuer(request.issuer);
  if (request.audience) jwt = jwt.setAudience(request.audience);
  return jwt.sign(secret);
}
