import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger';
import { requestIdHeader, requestIdOf } from './request-id';
import { whileServing } from './request-scope';

/** A request's id, and a logger that writes it on every line. */
export interface RequestLog {
  requestId: string;
  logger: Logger;
}

/** What a transport hands Yoga: an HTTP request, or an operation on a socket with its own id. */
export interface RequestSource {
  request?: Request;
  requestId?: string;
}

/**
 * Each request's id and logger, for one gateway: the same for every hook that asks about one
 * request. Yoga's plugin serves the request under its logger, answers its id in `x-request-id`
 * and logs the answer at debug.
 */
export class RequestLogging {
  private readonly known = new WeakMap<Request, RequestLog>();

  constructor(private readonly logger: Logger) {}

  of(source: RequestSource): RequestLog {
    if (source.requestId !== undefined) return this.logFor(source.requestId);
    const request = source.request;
    if (!request) return this.fresh();
    let log = this.known.get(request);
    if (!log) {
      log = this.logFor(requestIdOf((name) => request.headers.get(name)));
      this.known.set(request, log);
    }
    return log;
  }

  /** A new id, for what comes with no headers of its own (an operation on a WebSocket). */
  fresh(): RequestLog {
    return this.logFor(randomUUID());
  }

  plugin(): Plugin {
    return {
      instrumentation: {
        request: ({ request }, wrapped) => whileServing(this.of({ request }).logger, wrapped),
      },
      onResponse: ({ request, response }) => {
        const { requestId, logger } = this.of({ request });
        response.headers.set(requestIdHeader, requestId);
        logger.debug('request', {
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
        });
      },
    };
  }

  private logFor(requestId: string): RequestLog {
    return { requestId, logger: this.logger.child({ requestId }) };
  }
}
