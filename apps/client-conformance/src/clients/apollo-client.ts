import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createShopCache } from './apollo-cache.js';

export interface ShopApolloOptions {
  /** The write gateway's `/graphql`: mutations go there. */
  writeUrl: string;
  /** The read gateway's `/graphql`: queries over HTTP, subscriptions over graphql-ws. */
  readUrl: string;
  /** A bearer token; anonymous when left out. */
  token?: string;
  /** The fetch the HTTP links use. @default globalThis.fetch */
  fetch?: typeof fetch;
}

export interface ShopApollo {
  client: ApolloClient;
  /** Stops the client and closes its socket. */
  dispose(): Promise<void>;
}

/** One Apollo client over both gateways: a split link routes each operation by its type. */
export function createShopApollo(options: ShopApolloOptions): ShopApollo {
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const http = (uri: string) =>
    new HttpLink({ uri, headers, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const socket = createClient({
    url: options.readUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    ...(options.token ? { connectionParams: { authorization: `Bearer ${options.token}` } } : {}),
  });
  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(socket),
    ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.MUTATION,
      http(options.writeUrl),
      http(options.readUrl),
    ),
  );
  const client = new ApolloClient({ link, cache: createShopCache() });
  return {
    client,
    async dispose() {
      client.stop();
      await socket.dispose();
    },
  };
}
