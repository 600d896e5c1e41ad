import autocannon from 'autocannon';

export interface HttpLoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

/** autocannon against a GraphQL endpoint; `body(i)` gives each request its JSON body. */
export async function httpLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  body: (index: number) => string;
}): Promise<HttpLoadResult> {
  let index = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: options.body(index++) }) }],
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
