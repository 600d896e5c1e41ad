import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { refusalFor, scopesOf, type CallerScopes } from '@sluice/auth';
import type { WriteContext } from './write-context';

export interface WriteSchemaOptions {
  Context: WriteContext;
  AuthScopes: { [Scope in keyof CallerScopes]: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    Position: { Input: string; Output: bigint | string };
    SafeInt: { Input: number; Output: number };
    DateTime: { Input: Date; Output: Date | string };
  };
}

/** The resolved Pothos types, for helpers that take refs of this builder. */
export type WriteSchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<WriteSchemaOptions>;

/**
 * Plugins and scalar typings only; each type lives in its own file. Every root field says who may
 * use it with `authScopes`; a refusal is UNAUTHENTICATED for anonymous callers, FORBIDDEN for others.
 */
export const builder = new SchemaBuilder<WriteSchemaOptions>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin],
  scopeAuth: {
    authScopes: (context) => scopesOf(context.caller),
    unauthorizedError: (_parent, context) => refusalFor(context.caller),
  },
});
