import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { AuthenticationError, type Caller } from '@sluice/auth';
import {
  forClient,
  originMayCall,
  rawServiceUnavailable,
  whileServing,
  type CallerResolver,
  type Logger,
  type RequestLogging,
} from '@sluice/gateway';
import {
  getOperationAST,
  GraphQLError,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocket, WebSocketServer } from 'ws';
import { afterLongDelay } from '../long-timeout';
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

/** graphql-ws's Forbidden: a bad token at connect, or a token that expired on an open socket. */
export const FORBIDDEN_CLOSE_CODE = 4403;
/** Closes every socket when the gateway stops ("going away"). */
export const GOING_AWAY_CLOSE_CODE = 1001;
/** How long a stopping gateway waits for its sockets to answer the close before it cuts them. */
const GOING_AWAY_GRACE_MS = 1_000;

/**
 * graphql-ws on the gateway's own HTTP server and path. Every operation goes through
 * `yoga.getEnveloped()`, so parsing, validation, the query limits and error masking are those of
 * HTTP. The ws server enforces the frame limit (1009) and graphql-ws the protocol (4400 for a
 * malformed message, 4408 for a late connection_init); a bad socket closes alone. A client that
 * falls too far behind is cut off (1008).
 *
 * Identity: the token comes in connection_init's `authorization` (or the upgrade request's
 * Authorization header); none at all is an anonymous socket. A bad one closes the socket with 4403
 * before any operation runs, and so does its expiry later. Upgrades from a browser page of a
 * foreign origin are refused with 403.
 */
export function attachGraphQLWebSocket(
  server: Server,
  yoga: YogaServerInstance<Record<string, never>, ReadContext>,
  options: {
    path: string;
    /** Gives each operation an id of its own, on the lines logged while it runs. */
    requests: RequestLogging;
    callers: CallerResolver;
    /** Browser origins allowed besides the gateway's own. */
    allowedOrigins: readonly string[];
    limits?: Partial<WebSocketLimits>;
    /** Told of each upgrade refused (a foreign origin, too many sockets). */
    onRefused?: (reason: string) => void;
  },
): GraphQLWebSocket {
  const limits = { ...defaultWebSocketLimits, ...options.limits };
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
  const operations = new WeakMap<WebSocket, Set<string>>();
  const callers = new WeakMap<WebSocket, Caller>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!socket.writable) {
      // Refused with 503 when it connected (too many connections): nothing more to say.
      socket.destroy();
    } else if (new URL(request.url ?? '/', 'http://localhost').pathname !== options.path) {
      socket.destroy();
    } else if (!originMayCall(options.allowedOrigins, request.headers.origin, request.headers.host)) {
      options.onRefused?.('foreign_origin');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    } else if (wss.clients.size >= limits.maxConnections) {
      options.onRefused?.('max_connections');
      socket.end(
        rawServiceUnavailable(
          `The gateway has as many WebSockets open as it takes (${limits.maxConnections}); retry shortly.`,
          { code: 'TOO_MANY_CONNECTIONS', limit: { name: 'websockets', max: limits.maxConnections } },
        ),
      );
    } else {
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    }
  };
  server.on('upgrade', onUpgrade);

  const disposable = useServer(
    {
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        try {
          const caller = await options.callers.authenticate(
            authorizationOf(ctx.connectionParams) ?? ctx.extra.request.headers.authorization,
          );
          callers.set(socket, caller);
          closeAtExpiry(socket, caller);
          return true;
        } catch (error) {
          if (!(error instanceof AuthenticationError)) throw error;
          return false;
        }
      },
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
        const { requestId, logger } = options.requests.fresh();
        const enveloped: Enveloped = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          caller: callers.get(socket),
          socket,
          params: payload,
          requestId,
          transport: { cutOff: (reason: string) => cutOff(socket, reason, logger) },
        }) as unknown as Enveloped;
        const { schema, execute, subscribe, contextFactory, parse, validate } = enveloped;
        // The limits reject from parse (tokens), validate (depth, aliases, directives) and execute
        // or subscribe (cost): all answer as errors of this operation, never as a closed socket.
        let document: DocumentNode;
        try {
          document = parse(payload.query);
          // As HTTP logs each request: the operation's id joins this line to any it logs later.
          logger.debug('websocket operation', {
            operationName: getOperationAST(document, payload.operationName)?.name?.value,
          });
          const errors = validate(schema, document);
          if (errors.length > 0) return errors;
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The query is not valid.')];
        }
        running.add(id);
        const envelope: Envelope = {
          execute: (args) => whileServing(logger, () => execute(args)),
          subscribe: (args) => whileServing(logger, () => subscribe(args)),
        };
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
      // Errors read as over HTTP, without the extensions meant for Yoga (its HTTP status hints).
      onNext: (_ctx, _id, _payload, _args, result) => forClient(result),
      onError: (_ctx, _id, _payload, errors) => forClient({ errors }).errors,
    },
    wss,
  );

  return {
    connections: () => wss.clients.size,
    async close() {
      server.off('upgrade', onUpgrade);
      // "Going away": a client reconnects elsewhere. One that does not answer the close is cut.
      const closed = [...wss.clients].map(
        (client) => new Promise<void>((resolve) => client.once('close', () => resolve())),
      );
      for (const client of wss.clients) client.close(GOING_AWAY_CLOSE_CODE, 'Server shutting down');
      const cut = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, GOING_AWAY_GRACE_MS);
      await Promise.all(closed);
      clearTimeout(cut);
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

/** The `authorization` entry of connection_init's payload, whatever its case (GraphiQL sends its headers). */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  for (const [name, value] of Object.entries(params)) {
    if (name.toLowerCase() === 'authorization') return typeof value === 'string' ? value : 'invalid';
  }
  return undefined;
}

/** A socket outlives no token: it is closed with 4403 when its caller's token expires. */
function closeAtExpiry(socket: WebSocket, caller: Caller): void {
  if (caller.expiresAt === undefined) return;
  const cancel = afterLongDelay(caller.expiresAt - Date.now(), () =>
    socket.close(FORBIDDEN_CLOSE_CODE, 'Token expired'),
  );
  socket.once('close', cancel);
}
