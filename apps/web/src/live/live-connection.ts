import { createClient, type Client } from 'graphql-ws';
import type { Operation } from '../api/graphql-http';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting';

type Dispose = () => void;

/** graphql-ws's Forbidden: the gateway refused the token at connect, or it expired on the socket. */
const FORBIDDEN_CLOSE_CODE = 4403;

export interface LiveConnectionOptions {
  /** Sent in connection_init as `authorization: Bearer <token>`; none for an anonymous visitor. */
  token: string | undefined;
  /** The gateway closed the socket over the token: it is not retried. */
  onRefused: (reason: string) => void;
}

/**
 * The page's one WebSocket to the read gateway, for one user: a new user gets a new connection. Subscriptions are started afresh on every
 * (re)connect rather than replayed by graphql-ws with their original variables, so a feed can
 * resume from the last position it saw and a view can reload what changed while it was offline.
 */
export class LiveConnection {
  private readonly client: Client;
  private status: ConnectionStatus = 'connecting';
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly sessions = new Set<() => Dispose>();
  private readonly running = new Map<() => Dispose, Dispose>();

  constructor(url: string, options: LiveConnectionOptions) {
    this.client = createClient({
      url,
      lazy: false,
      keepAlive: 10_000,
      ...(options.token ? { connectionParams: { authorization: `Bearer ${options.token}` } } : {}),
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) => forbiddenReason(event) === undefined,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** retries, 3_000))),
      onNonLazyError: () => undefined,
      on: {
        connected: () => this.connected(),
        closed: (event) => {
          this.closed();
          const reason = forbiddenReason(event);
          if (reason !== undefined) options.onRefused(reason);
        },
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

/** The reason of a close over the token (4403), or undefined for any other close. */
function forbiddenReason(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null || !('code' in event)) return undefined;
  if (event.code !== FORBIDDEN_CLOSE_CODE) return undefined;
  return 'reason' in event && typeof event.reason === 'string' ? event.reason : '';
}
