import type { ExecutionResult } from 'graphql';
import type { SubscriberTransport } from '../live-feed';
import { SharedExecution } from './shared-execution';

/** What a GraphQL subscribe answers: a stream of results, or one result (e.g. an error). */
export type SubscribeResult = AsyncIterable<ExecutionResult> | ExecutionResult;

/**
 * The shared executions running in this process, one per key. A subscriber joins the one of its
 * key, started on demand; it ends when its last subscriber leaves, and the next subscriber of
 * that key starts a new one. A subscribe that answers with a single result (an error) is not
 * kept: whoever was waiting for it gets that result, and the next one tries again.
 */
export class LiveOperations {
  private readonly running = new Map<string, Promise<SharedExecution | ExecutionResult>>();
  private readonly executions = new Set<SharedExecution>();

  constructor(private readonly maxQueued: number) {}

  async join(
    key: string,
    transport: SubscriberTransport | undefined,
    subscribe: () => SubscribeResult | Promise<SubscribeResult>,
  ): Promise<SubscribeResult> {
    for (;;) {
      const started = await (this.running.get(key) ?? this.start(key, subscribe));
      if (!(started instanceof SharedExecution)) return started;
      // Undefined when its last subscriber left while this one waited: start another.
      const joined = started.join(transport);
      if (joined) return joined;
    }
  }

  /** The number of subscribers of each running execution. */
  sizes(): number[] {
    return [...this.executions].map((execution) => execution.size());
  }

  private start(
    key: string,
    subscribe: () => SubscribeResult | Promise<SubscribeResult>,
  ): Promise<SharedExecution | ExecutionResult> {
    const forget = () => {
      if (this.running.get(key) === entry) this.running.delete(key);
    };
    const entry: Promise<SharedExecution | ExecutionResult> = Promise.resolve()
      .then(subscribe)
      .then((result) => {
        if (!isAsyncIterable(result)) {
          forget();
          return result;
        }
        const execution: SharedExecution = new SharedExecution(result[Symbol.asyncIterator](), {
          maxQueued: this.maxQueued,
          onIdle: () => {
            forget();
            this.executions.delete(execution);
          },
        });
        this.executions.add(execution);
        return execution;
      });
    entry.catch(forget);
    this.running.set(key, entry);
    return entry;
  }
}

function isAsyncIterable(value: SubscribeResult): value is AsyncIterable<ExecutionResult> {
  return Symbol.asyncIterator in value;
}
