import { createClient, type Client } from 'graphql-ws';
import type { Operation } from '../api/graphql-http';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting';

type Dispose = () => void;

/**
 * The page's one WebSocket to the read gateway. Subscriptions are started afresh on every
 * (re)connect rather than replayed by graphql-ws with their original variables, so a feed can
 * resume from the last position it saw and a view can reload what changed while it was offline.
 */
export class LiveConnection {
  private readonly client: Client;
  private status: ConnectionStatus = 'connecting';
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly sessions = new Set<() => Dispose>();
  private readonly running = new Map<() => Dispose, Dispose>();

  constructor(url: string) {
    this.client = createClient({
      url,
      lazy: false,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** retries, 3_000))),
      onNonLazyError: () => undefined,
      on: {
        connected: () => this.connected(),
        closed: () => this.closed(),
      },
    });
  }

  get currentStatus(): ConnectionStatus {
    return this.status;
  }

  onStatus(listener: (status: ConnectionStatus) => void): Dispose {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Runs `start` on every connect; what it returns is called when that connection closes. */
  whileConnected(start: () => Dispose): Dispose {
    this.sessions.add(start);
    if (this.status === 'live') this.running.set(start, start());
    return () => {
      this.sessions.delete(start);
      this.running.get(start)?.();
      this.running.delete(start);
    };
  }

  subscribe<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    onData: (data: TResult) => void,
  ): Dispose {
    return this.client.subscribe<TResult>(
      { query: operation.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.data) onData(result.data);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  private connected(): void {
    this.setStatus('live');
    for (const start of this.sessions) this.running.set(start, start());
  }

  private closed(): void {
    for (const stop of this.running.values()) stop();
    this.running.clear();
    if (this.status === 'live') this.setStatus('reconnecting');
  }

  private setStatus(status: ConnectionStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }
}
