import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What one subscription received so far, and a way to end it. */
export interface Received<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  stop(): void;
}

/** The real graphql-ws client, as a frontend uses it (no retries: a test wants to see closes). */
export function wsClient(url: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
  });
}

/** Subscribes over graphql-ws and records every result's data. */
export function subscribeWs<T>(
  client: Client,
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
): Received<T> {
  const abort = new AbortController();
  const received: Received<T> = { items: [], errors: [], completed: false, stop: () => abort.abort() };
  void (async () => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query, variables }),
        signal: abort.signal,
      });
      if (!response.body) throw new Error(`no event stream (status ${response.status})`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffered += chunk.value;
        const events = buffered.split('\n\n');
        buffered = events.pop() ?? '';
        for (const event of events) {
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (!event.includes('event: next') || data === undefined) continue;
          const result = JSON.parse(data) as { data?: T; errors?: unknown[] };
          if (result.data) received.items.push(result.data);
          if (result.errors) received.errors.push(...result.errors);
        }
      }
      received.completed = true;
    } catch (error) {
      if (!abort.signal.aborted) received.errors.push(error);
    }
  })();
  return received;
}

/** The first result of a subscription over server-sent events; then the stream is closed. */
export async function firstSubscriptionResult<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: T; errors?: unknown[] }> {
  const received = subscribeSse<T>(url, query, variables);
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
