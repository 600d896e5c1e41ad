import { createHash, randomBytes } from 'node:crypto';
import type { Caller } from '@sluice/auth';
import type { CallerResolver } from '@sluice/gateway';
import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { cacheableOperation, uncachedRootFields } from './cacheable-operations';
import type { ReadModelsVersion } from './read-models-version';
import { SharedMisses } from './shared-misses';
import { VersionCheckedCache } from './version-checked-cache';

export interface ReadResponseCacheOptions {
  callers: CallerResolver;
  version: ReadModelsVersion;
  /** Answers kept at most. */
  maxEntries: number;
  /**
   * Told where each query over HTTP was answered from: kept, shared (another request's reading of
   * the same), or read (by itself; mutations and uncached operations included).
   */
  onAnswer?: (source: AnswerSource) => void;
}

export type AnswerSource = 'kept' | 'shared' | 'read';

/** What an answer may depend on about its caller: who they are and what they may do. */
function sessionOf(caller: Caller): string {
  return JSON.stringify([caller.sub ?? null, [...caller.roles].sort()]);
}

/**
 * Keeps the answers to queries over HTTP for as long as the read models stand still
 * (ReadModelsVersion): a query asked again by the same caller (anonymous callers share) with the
 * same variables is answered from memory, without touching the database; the same query asked
 * while another request reads it waits for that answer (SharedMisses). Answers with errors,
 * answers as of the past (asOf) and the fields in uncachedRootFields are never kept. Queries over
 * graphql-ws and graphql-sse run as before.
 *
 * A kept answer's key holds the version it was made under and a digest salted with a secret of
 * this process. No ETag is sent, and no conditional GET answered 304 (see onExecutionResult).
 */
export function useReadResponseCache(options: ReadResponseCacheOptions): Plugin[] {
  const kept = new VersionCheckedCache(() => options.version.current(), options.maxEntries);
  const misses = new SharedMisses();
  const cache: Cache = {
    get: (key) => kept.get(key),
    set(key, result) {
      kept.set(key, result);
      misses.answered(key, result);
    },
    invalidate: () => {},
  };
  const salt = randomBytes(32);
  // One key per request, made once: the version it holds is the one the request was asked under.
  const keys = new WeakMap<object, Promise<string>>();
  const keyOf = (request: Request, context: object, params: GraphQLParams) => {
    let key = keys.get(context);
    if (!key) {
      const version = options.version.current();
      key = options.callers.of({ request }).then((caller) => {
        const digest = createHash('sha256')
          .update(salt)
          .update(
            JSON.stringify([
              sessionOf(caller),
              params.operationName ?? null,
              params.query ?? '',
              params.variables ?? null,
            ]),
          )
          .digest('base64url');
        return `${version}:${digest}`;
      });
      keys.set(context, key);
    }
    return key;
  };
  // Contexts of HTTP queries, whose key the response cache made in onParams; graphql-ws and
  // graphql-sse build contexts of their own, which it never saw.
  const keyed = new WeakSet<object>();
  const coordinator: Plugin = {
    async onParams({ params, request, context, setResult }) {
      keyed.add(context);
      const key = await keyOf(request, context, params);
      if (kept.get(key)) return options.onAnswer?.('kept');
      const awaited = misses.awaited(key);
      if (!awaited) {
        options.onAnswer?.('read');
        // A query waiting for atLeast may wait until STALE_READ: others would wait for it first.
        if (!params.query?.includes('atLeast')) misses.lead(key, request);
        return;
      }
      const answer: ExecutionResult | undefined = await awaited;
      if (answer) setResult(answer);
      options.onAnswer?.(answer ? 'shared' : 'read');
    },
    onExecute({ args }: { args: ExecutionArgs }) {
      const { document, operationName, contextValue } = args;
      if (cacheableOperation(document, operationName)) return;
      keyed.delete(contextValue as object);
      // Nothing it answers is kept: whoever waits for it reads for themselves at once.
      const { request } = contextValue as { request?: Request };
      if (request) misses.ended(request);
    },
    onExecutionResult({ request }) {
      misses.ended(request);
    },
    onResponse({ request, response }) {
      misses.ended(request);
      // The library marks what it keeps with an ETag and Last-Modified. No request is answered 304
      // here: a browser or proxy revalidating one caller's answer for another must not get it
      // (the ETag names no caller), nor keep an answer by Last-Modified after the models changed.
      response.headers.delete('etag');
      response.headers.delete('last-modified');
    },
  };
  return [
    coordinator,
    useResponseCache<Record<string, unknown>>({
      cache,
      // The key is made whole by keyOf; the session is in it.
      session: () => null,
      // Never in the server's own context, where the library would answer a conditional GET.
      enabled: (_request, context) => keyed.has(context),
      // Entities go unused (answers go with the version), and an id added where the schema's is
      // null would stay in the answer.
      idFields: [],
      // Made in onParams above, which runs first.
      buildResponseCacheKey: ({ context }) =>
        (typeof context === 'object' && context !== null && keys.get(context)) ||
        Promise.reject(new Error('a response cache key was not made in onParams')),
      ttlPerSchemaCoordinate: Object.fromEntries(uncachedRootFields.map((field) => [`Query.${field}`, 0])),
      includeExtensionMetadata: false,
    }),
  ];
}
