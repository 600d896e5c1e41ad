import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What one subscription received so far, and a way to end it. */
export interface Received<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  stop(): void;
}

/**
 * The real graphql-ws client, as a frontend uses it (no retries: a test wants to see closes),
 * sending `authorization` in connection_init when given.
 */
export function wsClient(
  url: string,
  options: { authorization?: string; onClosed?: (event: unknown) => void } = {},
): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    ...(options.authorization ? { connectionParams: { authorization: options.authorization } } : {}),
    ...(options.onClosed ? { on: { closed: options.onClosed } } : {}),
  });
}

/** Subscribes over graphql-ws (or graphql-sse's client, of the same shape) and records every result. */
export function subscribeWs<T>(
  client: Pick<Client, 'subscribe'>,
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

/** Subscribes over server-sent events (GraphQL over SSE, as Yoga serves it) and records results. */
export function subscribeSse<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Received<T> {
  const abort = new AbortController();
  const received: Received<T> = { items: [], errors: [], completed: false, stop: () => abort.abort() };
  void (async () => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ query, variables }),
        signal: abort.signal,
      });
      if (!response.body || !response.headers.get('content-type')?.includes('text/event-stream')) {
        received.errors.push(...errorsOf(response.status, await response.text()));
        received.completed = true;
        return;
      }
      await readSubscriptionResults<T>(response.body, (result) => {
        if (result.data) received.items.push(result.data);
        if (result.errors) received.errors.push(...result.errors);
      }).done;
      received.completed = true;
    } catch (error) {
      if (!abort.signal.aborted) received.errors.push(error);
    }
  })();
  return received;
}

/**
 * Reads the results of a GraphQL-over-SSE response body (the `next` events), in order, until the
 * stream ends (`done`) or is cancelled, as a client going away does.
 */
export function readSubscriptionResults<T>(
  body: ReadableStream<BufferSource>,
  onResult: (result: { data?: T | null; errors?: Array<{ message: string }> }) => void,
): { done: Promise<void>; cancel(): void } {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const done = (async () => {
    let buffered = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffered += chunk.value;
      const events = buffered.split('\n\n');
      buffered = events.pop() ?? '';
      for (const event of events) {
        const data = /^data: (.*)$/m.exec(event)?.[1];
        if (event.includes('event: next') && data !== undefined) onResult(JSON.parse(data) as never);
      }
    }
  })();
  return { done, cancel: () => void reader.cancel() };
}

/** The first result of a subscription over server-sent events; then the stream is closed. */
export async function firstSubscriptionResult<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ data?: T; errors?: unknown[] }> {
  const received = subscribeSse<T>(url, query, variables, headers);
  try {
    for (let waited = 0; received.items.length === 0 && received.errors.length === 0; waited += 10) {
      if (received.completed || waited > 10_000) throw new Error('the event stream ended before a result');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const [data] = received.items;
    return received.errors.length ? { errors: received.errors } : data === undefined ? {} : { data };
  } finally {
    received.stop();
  }
}

/** The GraphQL errors of a response that was not an event stream (a refusal before it began). */
function errorsOf(status: number, text: string): unknown[] {
  try {
    const body = JSON.parse(text) as { errors?: unknown[] };
    return body.errors ?? [{ message: `status ${status}`, status }];
  } catch {
    return [{ message: `status ${status}: ${text.slice(0, 200)}`, status }];
  }
}
