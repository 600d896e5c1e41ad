import autocannon from 'autocannon';

export interface HttpLoadResult {
  requestsPerSecond: number;
  /** Requests completed, and the seconds they took: legs of one measurement add up by these. */
  requests: number;
  seconds: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

/**
 * autocannon against a GraphQL endpoint; `body(i)` gives each request its JSON body, and
 * `headers` are sent with every request (e.g. an Authorization header signed once), `headersOf(i)`
 * besides with request i.
 */
export async function httpLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  body: (index: number) => string;
  headers?: Record<string, string>;
  /** Headers of request `i` besides `headers` (a caller's own token, say). */
  headersOf?: (index: number) => Record<string, string>;
}): Promise<HttpLoadResult> {
  let index = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: [
      {
        setupRequest: (request) => {
          const i = index++;
          const body = options.body(i);
          if (!options.headersOf) return { ...request, body };
          return { ...request, body, headers: { ...request.headers, ...options.headersOf(i) } };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    seconds: result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
