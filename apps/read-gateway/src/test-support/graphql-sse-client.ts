import { subscribeWs, type Received } from '@sluice/testing';
import { createClient, type Client } from 'graphql-sse';

/**
 * graphql-sse's own client, as a frontend uses it (no retries: a test wants to see refusals), in
 * either of its modes, sending `authorization` on every request when given.
 */
export function graphqlSseClient(
  url: string,
  options: { singleConnection: boolean; authorization?: string },
): Client {
  const headers: Record<string, string> = options.authorization
    ? { authorization: options.authorization }
    : {};
  return createClient({
    url,
    singleConnection: options.singleConnection,
    retryAttempts: 0,
    // A fresh object each time: the client writes the stream token into the one it is given.
    headers: () => ({ ...headers }),
  });
}

/** Subscribes (or queries) through graphql-sse and records every result: its client has graphql-ws's shape. */
export function subscribeSseClient<T>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Received<T> {
  return subscribeWs<T>(client, query, variables);
}
