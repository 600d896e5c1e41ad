import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { refusalFor, scopesOf, type CallerScopes } from '@sluice/auth';
import type { ReadContext } from './read-context';

export interface ReadSchemaOptions {
  Context: ReadContext;
  AuthScopes: { [Scope in keyof CallerScopes]: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    Position: { Input: string; Output: bigint | string };
    SafeInt: { Input: number; Output: number };
    Cents: { Input: string; Output: bigint };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}

/** The resolved Pothos types, for helpers that take refs of this builder. */
export type ReadSchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<ReadSchemaOptions>;

/**
 * Plugins and scalar typings only; each type lives in its own file. Every root field says who may
 * use it with `authScopes`, checked when a subscription starts as well as for each query; a
 * refusal is UNAUTHENTICATED for anonymous callers, FORBIDDEN for others.
 */
export const builder = new SchemaBuilder<ReadSchemaOptions>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin],
  scopeAuth: {
    authScopes: (context) => scopesOf(context.caller),
    unauthorizedError: (_parent, context) => refusalFor(context.caller),
    authorizeOnSubscribe: true,
  },
});
