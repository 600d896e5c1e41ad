import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface ShopUrqlOptions {
  writeUrl: string;
  readUrl: string;
  /** A bearer token; anonymous when left out. */
  token?: string;
  /** The fetch both clients use. @default globalThis.fetch */
  fetch?: typeof fetch;
}

export interface ShopUrql {
  /** Mutations, over HTTP to the write gateway. */
  write: Client;
  /** Queries over HTTP and subscriptions over graphql-ws, to the read gateway. */
  read: Client;
  dispose(): Promise<void>;
}

/**
 * urql, a client per gateway (a client sends everything to one URL), on urql's defaults otherwise:
 * queries go as GET while the URL stays short, mutations as POST.
 */
export function createShopUrql(options: ShopUrqlOptions): ShopUrql {
  const authorization = options.token ? `Bearer ${options.token}` : undefined;
  const transport = {
    fetchOptions: authorization ? { headers: { authorization } } : {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const socket = createClient({
    url: options.readUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    ...(authorization ? { connectionParams: { authorization } } : {}),
  });
  const read = new Client({
    url: options.readUrl,
    ...transport,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
  const write = new Client({ url: options.writeUrl, ...transport, exchanges: [fetchExchange] });
  return {
    write,
    read,
    async dispose() {
      await socket.dispose();
    },
  };
}
