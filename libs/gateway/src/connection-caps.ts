import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { rawServiceUnavailable } from './raw-refusal';

export interface ConnectionCaps {
  /** Open HTTP connections at once; a socket upgraded to a WebSocket no longer counts. */
  maxConnections: number;
  /** Open connections from one address, WebSockets included. */
  maxConnectionsPerAddress: number;
  /** Told of each connection refused, with the cap it hit. */
  onRefused?: (reason: 'max_connections' | 'max_connections_per_address') => void;
}

/** How long a refused connection may take to send the request its 503 answers before it is cut. */
const REFUSED_GRACE_MS = 1_000;

/**
 * Caps the connections of an HTTP server: HTTP connections at once, and connections from one client
 * address. WebSockets are capped where they are accepted (the read gateway's graphql-ws), so that
 * sockets held open for hours cannot take the places of HTTP requests, nor the reverse. One
 * address cannot take every place, however slowly it sends.
 *
 * A connection past a cap is answered at once with 503 and a GraphQL error naming the cap (code
 * TOO_MANY_CONNECTIONS), then closed: a client that sends its request reads why, one that sends
 * nothing is cut after a second. Returns whether a socket was refused, for the request and upgrade
 * handlers to leave alone.
 */
export function capConnections(server: Server, caps: ConnectionCaps): (socket: Socket) => boolean {
  const refused = new WeakSet<Socket>();
  const http = new WeakSet<Socket>();
  const perAddress = new Map<string, number>();
  let openHttp = 0;

  const refuse = (socket: Socket, reason: 'max_connections' | 'max_connections_per_address') => {
    caps.onRefused?.(reason);
    refused.add(socket);
    socket.on('error', () => undefined);
    socket.end(tooManyConnections(reason));
    setTimeout(() => socket.destroy(), REFUSED_GRACE_MS).unref();
  };
  const leaveHttp = (socket: Socket) => {
    if (http.delete(socket)) openHttp--;
  };

  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const fromAddress = perAddress.get(address) ?? 0;
    if (fromAddress >= caps.maxConnectionsPerAddress) return refuse(socket, 'max_connections_per_address');
    if (openHttp >= caps.maxConnections) return refuse(socket, 'max_connections');
    perAddress.set(address, fromAddress + 1);
    http.add(socket);
    openHttp++;
    socket.once('close', () => {
      leaveHttp(socket);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left === 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
  server.on('upgrade', (_request, socket: Socket) => leaveHttp(socket));
  return (socket) => refused.has(socket);
}

function tooManyConnections(reason: 'max_connections' | 'max_connections_per_address'): string {
  return rawServiceUnavailable(
    reason === 'max_connections'
      ? 'The server has as many connections open as it takes; retry shortly.'
      : 'Your address has as many connections open as the server takes from one address; close some, or retry shortly.',
    { code: 'TOO_MANY_CONNECTIONS', limit: { name: reason } },
  );
}
