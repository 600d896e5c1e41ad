import type { Received } from '@sluice/testing';
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

/** Subscribes (or queries) through graphql-sse and records every result. */
export function subscribeSseClient<T>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Received<T> {
  const received: Received<T> = { items: [], errors: [], completed: false, stop: () => {} };
  received.stop = client.subscribe<T>(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (result) => {
        if (result.data) received.items.push(result.data);
        if (result.errors) received.errors.push(...result.errors);
      },
      error: (error) => received.errors.push(error),
      complete: () => (received.completed = true),
    },
  );
  return received;
}
