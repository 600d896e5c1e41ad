import { GraphQLError, type ExecutionResult } from 'graphql';
import { forClient } from '@sluice/gateway';

/** What one operation answers: a result, or a stream of them (a subscription). */
export type OperationResult = ExecutionResult | AsyncIterable<ExecutionResult>;

export interface EventStreamOptions {
  /** Events waiting for a client that does not read before its stream is cut off. */
  maxQueued: number;
  /** Called once when the stream ends, whatever ended it. */
  onEnd: () => void;
  /** Logs what is not the client's to see. */
  onError: (error: unknown) => void;
  /** @default 12000 */
  pingIntervalMs?: number;
}

/**
 * One `text/event-stream` response of the GraphQL over SSE protocol. In single connection mode it
 * carries the results of every operation the client posts, as `{ id, payload }`; in distinct
 * connections mode the results of its one operation, and it ends with it.
 *
 * Bounded like a WebSocket: events wait in the response body for the client to read them, and a
 * client that falls `maxQueued` events behind is cut off, so it cannot grow the server's memory.
 */
export class EventStream {
  readonly body: ReadableStream<Uint8Array>;
  /** Events written and not yet taken by the client's connection. */
  private readonly queue: string[] = [];
  private wake: (() => void) | undefined;
  private readonly running = new Map<string, { stop(): void }>();
  private readonly encoder = new TextEncoder();
  private readonly ping: ReturnType<typeof setInterval>;
  private ended = false;
  private disconnect: (() => void) | undefined;

  constructor(private readonly options: EventStreamOptions) {
    // Pulled one event at a time as the connection can take it: what it cannot take waits in the
    // queue, which is what the limit bounds.
    this.body = new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          while (this.queue.length === 0 && !this.ended) {
            await new Promise<void>((resolve) => (this.wake = resolve));
          }
          const next = this.queue.shift();
          try {
            if (next === undefined) controller.close();
            else controller.enqueue(this.encoder.encode(next));
          } catch {
            // Cancelled by its reader meanwhile.
          }
        },
        cancel: () => this.end(),
      },
      { highWaterMark: 0 },
    );
    // A first byte, as some browsers wait for one before they report the stream open.
    this.write(':\n\n');
    this.ping = setInterval(() => {
      if (this.queue.length === 0) this.write(':\n\n');
    }, options.pingIntervalMs ?? 12_000);
  }

  /** How to cut the connection that reads this stream (its socket), when it is too slow. */
  attach(disconnect: () => void): void {
    this.disconnect = disconnect;
  }

  /** Operations running on this stream. */
  operations(): number {
    return this.running.size;
  }

  has(id: string): boolean {
    return this.running.has(id);
  }

  /**
   * Runs an operation: its results as `next` events, then `complete`. Without an id (distinct
   * connections mode) the stream ends after it. The id is taken at once, so a stop that arrives
   * while the operation starts still stops it.
   */
  run(id: string | undefined, start: () => Promise<OperationResult>): void {
    const key = id ?? '';
    let iterator: AsyncIterator<ExecutionResult> | undefined;
    let stopped = false;
    const entry = {
      stop: () => {
        stopped = true;
        void Promise.resolve(iterator?.return?.()).catch(() => undefined);
      },
    };
    this.running.set(key, entry);
    const pump = async () => {
      const result = await start();
      if (!(Symbol.asyncIterator in result)) {
        if (!stopped) this.next(id, result);
        return;
      }
      iterator = result[Symbol.asyncIterator]();
      if (stopped) return void (await iterator.return?.());
      for (let next = await iterator.next(); !next.done && !stopped; next = await iterator.next()) {
        this.next(id, next.value);
      }
    };
    pump()
      .catch((error: unknown) => {
        this.options.onError(error);
        if (!stopped) this.next(id, { errors: [new GraphQLError('Unexpected error.')] });
      })
      .finally(() => {
        // Stopped by the client or with the stream: nothing more to say about it.
        if (this.running.get(key) !== entry) return;
        this.running.delete(key);
        this.write(`event: complete\ndata:${id === undefined ? '' : ` ${JSON.stringify({ id })}`}\n\n`);
        if (id === undefined) this.end();
      });
  }

  /** Stops an operation at the client's request (DELETE): no more events for it, not even complete. */
  stop(id: string): void {
    const operation = this.running.get(id);
    this.running.delete(id);
    operation?.stop();
  }

  /**
   * Ends the stream and every operation on it: the client left, or its reservation lapsed. What was
   * written before still reaches a client that reads it, then the response ends.
   */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.ping);
    for (const operation of this.running.values()) operation.stop();
    this.running.clear();
    this.wake?.();
    this.options.onEnd();
  }

  private next(id: string | undefined, result: ExecutionResult): void {
    const payload = forClient(result);
    this.write(`event: next\ndata: ${JSON.stringify(id === undefined ? payload : { id, payload })}\n\n`);
  }

  private write(text: string): void {
    if (this.ended) return;
    this.queue.push(text);
    this.wake?.();
    if (this.queue.length > this.options.maxQueued) this.cutOff();
  }

  /** A client too slow to read its events: its connection is cut, and what waited is dropped. */
  private cutOff(): void {
    this.queue.length = 0;
    this.disconnect?.();
    this.end();
  }
}
