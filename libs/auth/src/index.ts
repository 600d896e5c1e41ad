export { roles, isRole, type Role } from './roles';
export { anonymous, hasRole, isSignedIn, type Caller } from './caller';
export { mayActOnOrderOf, visibleCustomer, scopesOf, type CallerScopes } from './access';
export {
  AuthenticationError,
  FORBIDDEN,
  UNAUTHENTICATED,
  forbidden,
  refusalFor,
  unauthenticated,
} from './auth-errors';
export { bearerToken } from './bearer';
export { rolesFromClaims } from './claims';
export { signingSecret, type AuthConfig, type TokenKeys } from './auth-config';
export { defaultDevSub, devTokens, type DevTokens } from './dev-tokens';
export { listensOnLoopbackOnly, namesLoopback } from './loopback';
export { createAuthenticator, verifyTokens, type Authenticator } from './token-verifier';
export { cachingVerifiedTokens } from './verified-token-cache';
export { signToken, type TokenRequest } from './sign-token';
export { devSecretPath, loadOrCreateDevSecret } from './dev-secret';
export { originAllowed } from './origin-allowlist';
