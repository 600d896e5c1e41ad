import { FORBIDDEN } from '@sluice/auth';
import { servingLogger, type CallerResolver, type Logger } from '@sluice/gateway';
import { GraphQLError } from 'graphql';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import { defaultEventStreamLimits, type EventStreamLimits } from './event-stream-limits';
import type { EventStream } from './event-stream';
import { operationParams, type OperationParams } from './operation-params';
import { runOperation, type Enveloped } from './run-operation';
import { StreamReservations } from './stream-reservations';

export interface GraphQLSseOptions {
  /** @default '/graphql/stream' */
  endpoint?: string;
  callers: CallerResolver;
  logger: Logger;
  limits?: Partial<EventStreamLimits>;
}

const TOKEN_HEADER = 'x-graphql-event-stream-token';

const streamHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  'content-encoding': 'none',
};

type FetchAPI = { Response: typeof Response };

/**
 * The GraphQL over Server-Sent Events protocol (graphql-sse's own, both modes) at its endpoint.
 *
 * - Distinct connections mode: a GET or POST asking for `text/event-stream` without a stream
 *   token is one operation whose results stream back, then `complete`.
 * - Single connection mode: a PUT reserves a stream and answers its token; a GET or POST asking
 *   for `text/event-stream` with the token opens it; POSTs with the token run operations on it
 *   (202) and DELETE `?operationId=` stops one.
 *
 * Every request is verified at the gateway's edge before it gets here (a bad token is 401, a
 * foreign origin 403), and every operation runs with the caller of its own request's token,
 * through Yoga's envelope: the same limits, permissions, masking, shared subscriptions and token
 * expiry as Yoga's own SSE. A stream serves only the caller who reserved it (403 otherwise).
 * Refusals of an operation (permissions, validation, limits) are streamed as its result, as over
 * WebSocket. Not @graphql-yoga/plugin-graphql-sse: graphql-sse's handler queues events for a client
 * that does not read without bound, and keeps reservations never opened forever.
 */
export function useGraphQLSse(options: GraphQLSseOptions): Plugin {
  const endpoint = options.endpoint ?? '/graphql/stream';
  const limits = { ...defaultEventStreamLimits, ...options.limits };
  const reservations = new StreamReservations(limits, {
    maxQueued: limits.maxQueuedEvents,
    onError: (error) =>
      (servingLogger() ?? options.logger).error('unexpected error in an event stream', {
        error: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      }),
  });
  let yoga: YogaServerInstance<Record<string, never>, Record<string, unknown>> | undefined;

  async function handle(request: Request, serverContext: object, fetchAPI: FetchAPI): Promise<Response> {
    const answer = answers(fetchAPI);
    const caller = await options.callers.of({ request });
    const url = new URL(request.url);
    const token = request.headers.get(TOKEN_HEADER) ?? url.searchParams.get('token');
    const wantsStream = (request.headers.get('accept') ?? '').includes('text/event-stream');

    const start = (stream: EventStream, id: string | undefined, params: OperationParams) => {
      if (id !== undefined && stream.operations() >= limits.maxOperationsPerStream) {
        stream.run(id, () =>
          Promise.resolve({
            errors: [
              new GraphQLError('Too many operations on this stream; complete some first.', {
                extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
              }),
            ],
          }),
        );
        return;
      }
      if (!yoga) throw new Error('graphql-sse runs as a plugin of a Yoga server');
      const enveloped = yoga.getEnveloped({ ...serverContext, request, params }) as unknown as Enveloped;
      stream.run(id, () => runOperation(enveloped, params));
    };
    const reading = (stream: EventStream) => {
      stream.attach(() => socketOf(serverContext)?.destroy());
      request.signal.addEventListener('abort', () => stream.end(), { once: true });
      return new fetchAPI.Response(stream.body, { status: 200, headers: streamHeaders });
    };

    if (wantsStream && token === null) {
      const params = await operationParams(request);
      if (typeof params === 'string') return answer.error(400, params);
      const stream = reservations.stream();
      if (!stream) return answer.error(503, 'Too many event streams on this server; try again later.');
      start(stream, undefined, params);
      return reading(stream);
    }
    if (token === null) {
      if (request.method !== 'PUT') return answer.error(404, 'Stream not found: reserve one with a PUT.');
      const reserved = reservations.reserve(caller);
      if (reserved === undefined)
        return answer.error(503, 'Too many event streams on this server; try again later.');
      return new fetchAPI.Response(reserved, {
        status: 201,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    const reservation = reservations.find(token, caller);
    if (reservation === 'not found') return answer.error(404, 'Stream not found.');
    if (reservation === 'forbidden') return answer.forbidden();
    const { stream } = reservation;
    if (wantsStream) {
      if (reservation.opened) return answer.error(409, 'Stream already open.');
      reservation.opened = true;
      return reading(stream);
    }
    if (request.method === 'DELETE') {
      const id = url.searchParams.get('operationId');
      if (!id) return answer.error(400, 'Operation ID is missing.');
      stream.stop(id);
      return new fetchAPI.Response(null, { status: 200 });
    }
    if (request.method !== 'POST' && request.method !== 'GET') {
      return new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, POST, PUT, DELETE' } });
    }
    const params = await operationParams(request);
    if (typeof params === 'string') return answer.error(400, params);
    const id = params.extensions?.['operationId'];
    if (typeof id !== 'string' || id === '') return answer.error(400, 'Operation ID is missing.');
    if (stream.has(id)) return answer.error(409, 'Operation with ID already exists.');
    start(stream, id, params);
    return new fetchAPI.Response(null, { status: 202 });
  }

  return {
    onYogaInit({ yoga: instance }) {
      yoga = instance as unknown as typeof yoga;
    },
    onRequest(payload) {
      const { request, serverContext, fetchAPI } = payload;
      if (new URL(request.url).pathname !== endpoint) return;
      return handle(request, serverContext ?? {}, fetchAPI).then((response) => payload.endResponse(response));
    },
    onDispose: () => reservations.close(),
  };
}

function answers(fetchAPI: FetchAPI) {
  const json = (status: number, error: { message: string; extensions?: Record<string, unknown> }) =>
    new fetchAPI.Response(JSON.stringify({ errors: [error] }), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  return {
    error: (status: number, message: string) => json(status, { message }),
    forbidden: () =>
      json(403, { message: 'This event stream belongs to another caller.', extensions: { code: FORBIDDEN } }),
  };
}

/** The Node socket under a request, when it came through Node's HTTP server. */
function socketOf(serverContext: object): { destroy(): void } | undefined {
  return (serverContext as { req?: { socket?: { destroy(): void } } }).req?.socket;
}
