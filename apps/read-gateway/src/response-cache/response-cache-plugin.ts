import { createHash, randomBytes } from 'node:crypto';
import type { Caller } from '@sluice/auth';
import type { CallerResolver } from '@sluice/gateway';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { cacheableOperation, uncachedRootFields } from './cacheable-operations';
import type { ReadModelsVersion } from './read-models-version';
import { VersionCheckedCache } from './version-checked-cache';

export interface ReadResponseCacheOptions {
  callers: CallerResolver;
  version: ReadModelsVersion;
  /** Answers kept at most. */
  maxEntries: number;
}

/** What an answer may depend on about its caller: who they are and what they may do. */
function sessionOf(caller: Caller): string {
  return JSON.stringify([caller.sub ?? null, [...caller.roles].sort()]);
}

/**
 * Keeps the answers to queries over HTTP for as long as the read models stand still
 * (ReadModelsVersion): a query asked again by the same caller (anonymous callers share) with the
 * same variables is answered from memory, without touching the database. Answers with errors,
 * answers as of the past (asOf) and the fields in uncachedRootFields are never kept. Queries over
 * graphql-ws and graphql-sse run as before.
 *
 * A kept answer's key (sent as its ETag) holds the version it was made under and a digest salted
 * with a secret of this process: nobody can make up another caller's key, and a conditional GET
 * (If-None-Match) is answered 304 only while that answer is still current.
 */
export function useReadResponseCache(options: ReadResponseCacheOptions): Plugin[] {
  const cache = new VersionCheckedCache(() => options.version.current(), options.maxEntries);
  const salt = randomBytes(32);
  // Contexts of HTTP queries, whose key the response cache made in onParams; graphql-ws and
  // graphql-sse build contexts of their own, which it never saw.
  const keyed = new WeakSet<object>();
  const marker: Plugin = {
    onParams({ context }) {
      keyed.add(context);
    },
    onExecute({ args }: { args: ExecutionArgs }) {
      const { document, operationName, contextValue } = args;
      if (!cacheableOperation(document, operationName)) keyed.delete(contextValue as object);
    },
  };
  return [
    marker,
    useResponseCache<Record<string, unknown>>({
      cache,
      session: (request) => options.callers.of({ request }).then(sessionOf),
      // Contexts without params are the server's own, where a conditional GET is answered.
      enabled: (_request, context) => !('params' in context) || keyed.has(context),
      buildResponseCacheKey: ({ documentString, variableValues, operationName, sessionId }) => {
        const version = options.version.current();
        const digest = createHash('sha256')
          .update(salt)
          .update(JSON.stringify([sessionId, operationName ?? null, documentString, variableValues ?? null]))
          .digest('base64url');
        return Promise.resolve(`${version}:${digest}`);
      },
      ttlPerSchemaCoordinate: Object.fromEntries(uncachedRootFields.map((field) => [`Query.${field}`, 0])),
      includeExtensionMetadata: false,
    }),
  ];
}
