import { anonymous, hasRole, type Caller } from '@sluice/auth';
import type { GraphQLField } from 'graphql';

/** What subscribers who share one execution have in common, and the caller it runs as. */
export interface SubscriberView {
  key: string;
  caller: Caller;
}

/**
 * Which subscribers may share one execution of an operation: only those allowed to see the same
 * results. An operation of public fields only (the catalog) is the same for everyone, so it runs
 * as anonymous: a field beneath it that needs more is refused to all of them alike, never shown.
 * Otherwise operators share by their roles (they see every row), and anyone else by their roles
 * and id (a customer sees their own orders). Every subscriber was authorized on its own first.
 */
export function subscriberView(caller: Caller, everyFieldPublic: boolean): SubscriberView {
  if (everyFieldPublic) return { key: 'public', caller: anonymous };
  const roles = [...caller.roles].sort();
  if (hasRole(caller, 'operator')) {
    return { key: `roles:${roles.join(',')}`, caller: { sub: undefined, roles, expiresAt: undefined } };
  }
  return {
    key: `user:${JSON.stringify([caller.sub ?? null, roles])}`,
    caller: { sub: caller.sub, roles, expiresAt: undefined },
  };
}

/** Whether a root field declares that anyone may use it (`authScopes: { public: true }`). */
export function isPublicField(field: GraphQLField<unknown, unknown>): boolean {
  const options = field.extensions?.pothosOptions as { authScopes?: unknown } | undefined;
  const scopes = options?.authScopes;
  return typeof scopes === 'object' && scopes !== null && (scopes as Record<string, unknown>).public === true;
}
