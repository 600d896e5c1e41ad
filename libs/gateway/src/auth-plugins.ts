import { AuthenticationError, hasRole, UNAUTHENTICATED, type Caller } from '@sluice/auth';
import { NoSchemaIntrospectionCustomRule, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { CallerResolver, CallerSource } from './caller-context';

export interface AuthPluginOptions {
  callers: CallerResolver;
  /** Introspection for operators only (production); everyone may introspect otherwise. */
  introspectionForOperatorsOnly: boolean;
}

/**
 * Identity at the edge of a gateway: a request with a bad token is answered 401 before anything
 * runs; a request whose every root field was refused for want of a user is answered 401 too; and
 * in production only operators may introspect the schema.
 */
export function authPlugins(options: AuthPluginOptions): Plugin[] {
  const { callers } = options;
  return [
    {
      async onRequest(payload) {
        const { request, fetchAPI } = payload;
        if (request.method === 'OPTIONS') return;
        try {
          await callers.of({ request });
        } catch (error) {
          if (!(error instanceof AuthenticationError)) throw error;
          payload.endResponse(
            new fetchAPI.Response(
              JSON.stringify({ errors: [{ message: error.message, extensions: { code: UNAUTHENTICATED } }] }),
              {
                status: 401,
                headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
              },
            ),
          );
        }
      },
      onValidate({ context, addValidationRule }) {
        if (!options.introspectionForOperatorsOnly) return;
        // Validation is synchronous, but the caller was verified in onRequest (or at connect).
        const known = knownCaller(callers, context);
        if (!known || !hasRole(known, 'operator')) addValidationRule(NoSchemaIntrospectionCustomRule);
      },
      onExecute() {
        return {
          onExecuteDone(done) {
            const result = done.result;
            if (Symbol.asyncIterator in result) return;
            if (needsAUser(result)) {
              done.setResult({ ...result, extensions: { ...result.extensions, http: { status: 401 } } });
            }
          },
        };
      },
    },
  ];
}

/** The caller already verified for this context, when there is one to know synchronously. */
function knownCaller(callers: CallerResolver, source: CallerSource): Caller | undefined {
  if (source.caller) return source.caller;
  return source.request ? callers.settled(source.request) : undefined;
}

/** Every error asks for a user, and no root field answered: the whole request needed one. */
function needsAUser(result: ExecutionResult): boolean {
  if (!result.errors?.length) return false;
  if (!result.errors.every((error) => error.extensions?.code === UNAUTHENTICATED)) return false;
  return (
    result.data === null ||
    result.data === undefined ||
    // Names starting with __ are reserved: a plugin's own fields (the response cache adds its
    // __typename and id to every selection, and takes them out after this) answer no one.
    Object.entries(result.data).every(([field, value]) => value === null || field.startsWith('__'))
  );
}
