import { inspect } from 'node:util';
import { wsClient } from '@sluice/testing';
import { subscriptionNames, type ExpectedFrame, type FrameKey, type SubscriptionName } from './command-paths';

/** What an operator's dashboard would select of each; `position` is what the bench matches on. */
const operations: Record<SubscriptionName, string> = {
  productChanged:
    'subscription { productChanged { id sku stock priceCents unitsSold discontinued position } }',
  orderChanged: 'subscription { orderChanged { id status totalCents position } }',
  salesStatsChanged: 'subscription { salesStatsChanged { ordersPlaced ordersPaid revenue position } }',
  events: 'subscription { events { position streamId type data } }',
};

interface RecordedFrame extends FrameKey {
  at: number;
}

/** A pushed state whose position did not move past the one before it, for the same entity. */
export interface PositionViolation {
  subscription: SubscriptionName;
  entity: string;
  previous: bigint;
  next: bigint;
}

/**
 * One graphql-ws client following all four subscriptions unfiltered, as an operator: every frame
 * is timed as it arrives and kept until `clear`, and its position is checked against the last one
 * pushed for the same entity (issue 13 §3: a pushed state's position increases with every change;
 * on `events`, every event's is past the one before).
 */
export class FrameRecorder {
  private readonly frames = new Map<SubscriptionName, RecordedFrame[]>(subscriptionNames.map((s) => [s, []]));
  private readonly last = new Map<string, bigint>();
  readonly violations: PositionViolation[] = [];
  /** Frames received on each subscription since the start. */
  readonly counts = new Map<SubscriptionName, number>(subscriptionNames.map((s) => [s, 0]));
  private failure: string | undefined;
  private wake: () => void = () => {};
  private readonly stops: Array<() => void> = [];
  private readonly client;

  constructor(readUrl: string, authorization: string) {
    this.client = wsClient(readUrl, { authorization });
    for (const subscription of subscriptionNames) {
      this.stops.push(
        this.client.subscribe<Record<string, { id?: string; position: string }>>(
          { query: operations[subscription] },
          {
            next: (result) => {
              const state = result.data?.[subscription];
              if (state) this.record(subscription, state);
              else this.fail(`${subscription} sent ${inspect(result.errors, { depth: 3 })}`);
            },
            error: (error) => this.fail(`${subscription} failed: ${inspect(error, { depth: 2 })}`),
            complete: () => this.fail(`${subscription} completed`),
          },
        ),
      );
    }
  }

  /** Why a subscription stopped, if one did. */
  get failed(): string | undefined {
    return this.failure;
  }

  /** Forgets the frames kept so far (not the positions checked). */
  clear(): void {
    for (const frames of this.frames.values()) frames.length = 0;
  }

  /** When the first frame matching `expected` arrived, waiting for it until `deadline` at most. */
  async arrival(expected: ExpectedFrame, deadline: number): Promise<number | undefined> {
    const frames = this.frames.get(expected.subscription)!;
    let seen = 0;
    for (;;) {
      for (; seen < frames.length; seen++) if (expected.matches(frames[seen]!)) return frames[seen]!.at;
      const left = deadline - performance.now();
      if (left <= 0 || this.failure !== undefined) return undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  async close(): Promise<void> {
    for (const stop of this.stops) stop();
    await this.client.dispose();
  }

  private record(subscription: SubscriptionName, state: { id?: string; position: string }): void {
    const at = performance.now();
    const position = BigInt(state.position);
    const id = subscription === 'productChanged' || subscription === 'orderChanged' ? state.id : undefined;
    const entity = `${subscription}:${id ?? ''}`;
    const previous = this.last.get(entity);
    if (previous !== undefined && position <= previous)
      this.violations.push({ subscription, entity: id ?? subscription, previous, next: position });
    this.last.set(entity, previous === undefined || position > previous ? position : previous);
    this.frames.get(subscription)!.push({ id, position, at });
    this.counts.set(subscription, this.counts.get(subscription)! + 1);
    this.wake();
  }

  private fail(why: string): void {
    this.failure ??= why;
    this.wake();
  }
}
