import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '@sluice/gateway';
import { GraphQLError, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocket, WebSocketServer } from 'ws';
import type { ReadContext } from '../schema/read-context';
import { defaultWebSocketLimits, type WebSocketLimits } from './websocket-limits';

/** What Yoga's envelope hands back for one operation: its own execute and subscribe. */
interface Envelope {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

/** yoga.getEnveloped() as used here (its own typing is loose). */
interface Enveloped extends Envelope {
  schema: GraphQLSchema;
  contextFactory: () => Promise<unknown>;
  parse: (source: string) => DocumentNode;
  validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
}

export interface GraphQLWebSocket {
  connections(): number;
  close(): Promise<void>;
}

/** Closes a socket whose client stopped reading: standard "policy violation", with why. */
export const SLOW_CLIENT_CLOSE_CODE = 1008;

/**
 * graphql-ws on the gateway's own HTTP server and path. Every operation goes through
 * `yoga.getEnveloped()`, so parsing, validation, the query limits and error masking are those of
 * HTTP. The ws server enforces the frame limit (1009) and graphql-ws the protocol (4400 for a
 * malformed message, 4408 for a late connection_init); a bad socket closes alone. A client that
 * falls too far behind is cut off (1008).
 */
export function attachGraphQLWebSocket(
  server: Server,
  yoga: YogaServerInstance<Record<string, never>, ReadContext>,
  options: { path: string; logger: Logger; limits?: Partial<WebSocketLimits> },
): GraphQLWebSocket {
  const limits = { ...defaultWebSocketLimits, ...options.limits };
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
  const operations = new WeakMap<WebSocket, Set<string>>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== options.path) {
      socket.destroy();
    } else if (wss.clients.size >= limits.maxConnections) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    } else {
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    }
  };
  server.on('upgrade', onUpgrade);

  const disposable = useServer(
    {
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      execute: (args) => (args.rootValue as Envelope).execute(args) as never,
      subscribe: (args) => (args.rootValue as Envelope).subscribe(args) as never,
      onSubscribe: async (ctx, id, payload: SubscribePayload) => {
        const socket = ctx.extra.socket;
        const running = operations.get(socket) ?? new Set<string>();
        operations.set(socket, running);
        if (running.size >= limits.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError('Too many operations on this connection; complete some first.', {
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
            }),
          ];
        }
        const enveloped: Enveloped = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket,
          params: payload,
          transport: { cutOff: (reason: string) => cutOff(socket, reason, options.logger) },
        }) as unknown as Enveloped;
        const { schema, execute, subscribe, contextFactory, parse, validate } = enveloped;
        // The limits (graphql-armor) reject from parse and from validate: both answer as errors
        // of this operation, never as a closed socket.
        let document: DocumentNode;
        try {
          document = parse(payload.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return errors;
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The query is not valid.')];
        }
        running.add(id);
        const envelope: Envelope = { execute, subscribe };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: envelope,
        };
      },
      onComplete: (ctx, id) => {
        operations.get(ctx.extra.socket)?.delete(id);
      },
    },
    wss,
  );

  return {
    connections: () => wss.clients.size,
    async close() {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * Closes a socket whose client stopped reading with "policy violation" and why. The close frame
 * waits behind what is already in flight; a client that does not read it within a second is
 * dropped, so the server keeps nothing for it either way.
 */
function cutOff(socket: WebSocket, reason: string, logger: Logger): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  logger.warn('cutting off a WebSocket client', { reason });
  socket.close(SLOW_CLIENT_CLOSE_CODE, reason);
  const drop = setTimeout(() => socket.terminate(), 1_000);
  socket.once('close', () => clearTimeout(drop));
}
