import { context as contexts, SpanKind, type Context, type Tracer } from '@opentelemetry/api';
import { changedEntities, readableEvent, type OrderLineData } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { orders, type Db, type WrittenRows } from '@sluice/projections';
import { inArray } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { LiveFeed, SubscriberTransport } from '../live-feed';
import { productsByIds } from '../read-models/products';
import type { OrderRow, ProductState, SalesStatsRow } from '../read-models/rows';
import { currentSalesStats } from '../read-models/sales';
import type { ChangeStream } from './change-stream';
import { PushedStates } from './pushed-states';
import { replayThenFollow } from './replay-then-follow';
import { SubscriberQueue, tooSlow } from './subscriber-queue';
import { inBatchSpan, SLUICE_EVENT_COUNT, SLUICE_LAST_POSITION } from '@sluice/tracing';

interface Subscriber<T> {
  queue: SubscriberQueue<T>;
  accepts(row: T): boolean;
}

export interface LiveFeedOptions {
  /** Items one subscriber may have waiting before it is ended as too slow. @default 1000 */
  maxQueuedPerSubscriber?: number;
  /** `events` replays (with `after`) running at once in this process. @default 32 */
  maxReplays?: number;
  /** `events` replays running at once on one socket. @default 4 */
  maxReplaysPerSocket?: number;
  onError?: (error: unknown) => void;
  /** Traces each push (see pushTraced); none when tracing is off. */
  tracer?: Tracer;
}

/**
 * Pushes read-model state to subscribers after each applied change: every changed entity is
 * loaded once per change, whatever the number of subscribers, and handed to those whose filter
 * accepts it, in log order.
 */
export class LiveFeedHub implements LiveFeed {
  private readonly productSubscribers = new Set<Subscriber<ProductState>>();
  private readonly orderSubscribers = new Set<Subscriber<OrderRow>>();
  private readonly statsSubscribers = new Set<Subscriber<SalesStatsRow>>();
  private readonly maxQueued: number;
  private stopListening: (() => void) | undefined;
  private publishing: Promise<void> = Promise.resolve();
  private readonly pushed = new PushedStates();
  private replays = 0;
  private readonly replaysOn = new WeakMap<SubscriberTransport, number>();
  /** What the push under way handed out: subscriptions that got a state, and states handed out. */
  private pushedTo = 0;
  private statesPushed = 0;

  constructor(
    private readonly db: Db,
    private readonly stream: ChangeStream,
    private readonly store: Parameters<typeof replayThenFollow>[0]['store'],
    private readonly options: LiveFeedOptions = {},
  ) {
    this.maxQueued = options.maxQueuedPerSubscriber ?? 1000;
  }

  productChanged(id: string | undefined, transport?: SubscriberTransport): AsyncIterable<ProductState> {
    return this.add(this.productSubscribers, (row) => id === undefined || row.id === id, transport);
  }

  orderChanged(
    filter: { id?: string; customerId?: string },
    transport?: SubscriberTransport,
  ): AsyncIterable<OrderRow> {
    return this.add(
      this.orderSubscribers,
      (row) =>
        (filter.id === undefined || row.id === filter.id) &&
        (filter.customerId === undefined || row.customerId === filter.customerId),
      transport,
    );
  }

  salesStatsChanged(transport?: SubscriberTransport): AsyncIterable<SalesStatsRow> {
    return this.add(this.statsSubscribers, () => true, transport);
  }

  events(
    args: { after?: bigint; types?: readonly string[]; streamId?: string },
    transport?: SubscriberTransport,
  ): AsyncIterable<StoredEvent> {
    const feed = { store: this.store, stream: this.stream, maxQueued: this.maxQueued, transport, ...args };
    if (args.after === undefined) return replayThenFollow(feed);
    // A replay reads the log while it runs: capped, so that many cannot starve every other read.
    const perProcess = this.options.maxReplays ?? 32;
    const perSocket = this.options.maxReplaysPerSocket ?? 4;
    if (this.replays >= perProcess) throw tooManyReplays(`this gateway runs ${perProcess} at once`);
    const onSocket = transport ? (this.replaysOn.get(transport) ?? 0) : 0;
    if (transport && onSocket >= perSocket) throw tooManyReplays(`a connection may run ${perSocket} at once`);
    this.replays++;
    if (transport) this.replaysOn.set(transport, onSocket + 1);
    let released = false;
    const onReplayed = () => {
      if (released) return;
      released = true;
      this.replays--;
      if (transport) this.replaysOn.set(transport, (this.replaysOn.get(transport) ?? 1) - 1);
    };
    return replayThenFollow({ ...feed, onReplayed });
  }

  /** Subscriptions being pushed to, by what they follow. */
  subscribers(): { products: number; orders: number; salesStats: number } {
    return {
      products: this.productSubscribers.size,
      orders: this.orderSubscribers.size,
      salesStats: this.statsSubscribers.size,
    };
  }

  /** Ends every subscription (shutdown). */
  close(): void {
    for (const set of [this.productSubscribers, this.orderSubscribers, this.statsSubscribers]) {
      for (const subscriber of [...set]) subscriber.queue.end();
    }
  }

  private add<T>(
    set: Set<Subscriber<T>>,
    accepts: (row: T) => boolean,
    transport: SubscriberTransport | undefined,
  ): AsyncIterable<T> {
    const subscriber: Subscriber<T> = {
      accepts,
      queue: new SubscriberQueue<T>(
        this.maxQueued,
        () => {
          set.delete(subscriber);
          this.listenWhileNeeded();
        },
        () => transport?.cutOff(tooSlow),
      ),
    };
    set.add(subscriber);
    this.listenWhileNeeded();
    return subscriber.queue;
  }

  private listenWhileNeeded(): void {
    const needed = this.productSubscribers.size + this.orderSubscribers.size + this.statsSubscribers.size > 0;
    if (needed && !this.stopListening) {
      this.stopListening = this.stream.subscribe((events, rows) => {
        // The projection's span, when this process applied them: the push is its child.
        const applied = this.options.tracer ? contexts.active() : undefined;
        this.publishing = this.publishing
          .then(() => (applied ? this.pushTraced(applied, events, rows) : this.publish(events, rows)))
          .catch((error: unknown) => this.options.onError?.(error));
      });
    } else if (!needed && this.stopListening) {
      this.stopListening();
      this.stopListening = undefined;
    }
  }

  /**
   * A push in one producer span for all its subscribers: with 10,000 of them, a span each would
   * be 10,000 spans a change. It counts the subscriptions that were handed a state
   * (`sluice.push.subscriptions`; a live operation shared by many sockets counts once, see
   * subscriptions/) and the states (`sluice.push.states`). Its parent is the projection that
   * applied the events in this process, or else (another read gateway applied them) the trace
   * context recorded with the first; other traces among the events are linked. Executing each
   * operation's result and writing it to the sockets follows, unspanned.
   */
  private pushTraced(
    applied: Context,
    stored: readonly StoredEvent[],
    written?: Partial<WrittenRows>,
  ): Promise<void> {
    const attributes = {
      [SLUICE_EVENT_COUNT]: stored.length,
      [SLUICE_LAST_POSITION]: String(stored.at(-1)?.position ?? 0n),
    };
    return inBatchSpan(
      this.options.tracer!,
      'push subscriptions',
      { kind: SpanKind.PRODUCER, attributes },
      stored,
      applied,
      async (span) => {
        await this.publish(stored, written);
        span?.setAttributes({
          'sluice.push.subscriptions': this.pushedTo,
          'sluice.push.states': this.statesPushed,
        });
      },
    );
  }

  /**
   * Pushes the state each change left. The rows the projector wrote for these events come with
   * them when this process applied them: those are pushed as they are, and only what they lack is
   * read (another process's changes, or products whose units sold a payment moved). A state read
   * back may already hold later changes: each entity's state is pushed once, newest last.
   */
  private async publish(stored: readonly StoredEvent[], written?: Partial<WrittenRows>): Promise<void> {
    this.pushedTo = 0;
    this.statesPushed = 0;
    const productIds = new Set<string>();
    const orderIds = new Set<string>();
    /** Orders whose payment or cancellation moves their products' units sold, at its position. */
    const sales = new Map<string, bigint>();
    for (const event of stored) {
      const domain = readableEvent(event);
      if (!domain) continue;
      const { productId, orderId } = changedEntities(domain);
      if (productId !== undefined) productIds.add(productId);
      if (orderId !== undefined) orderIds.add(orderId);
      if (domain.type === 'OrderPaid' || domain.type === 'OrderCancelled')
        sales.set(domain.data.orderId, event.position);
    }
    const wantOrders = this.orderSubscribers.size > 0 || this.productSubscribers.size > 0;
    const orderRows =
      !wantOrders || orderIds.size === 0
        ? []
        : (written?.orders ??
          (await this.db
            .select()
            .from(orders)
            .where(inArray(orders.id, [...orderIds]))));
    if (this.productSubscribers.size > 0) {
      // A sale changes no product row, only its units sold: that push counts from the sale.
      const soldAt = new Map<string, bigint>();
      for (const row of orderRows) {
        const sale = sales.get(row.id);
        if (sale === undefined) continue;
        for (const { productId } of row.lines as OrderLineData[]) {
          productIds.add(productId);
          if (sale > (soldAt.get(productId) ?? 0n)) soldAt.set(productId, sale);
        }
      }
      if (productIds.size) {
        const known = [...(written?.products ?? []), ...(written?.unchangedProducts ?? [])];
        const knownIds = new Set(known.map((row) => row.id));
        const missing = [...productIds].filter((id) => !knownIds.has(id));
        const read = missing.length ? await productsByIds(this.db, missing) : [];
        // A state carries the sale that moved it: pushed because of this batch, it is newer than
        // any earlier sale, so Product.position needs no read of the product's sales. Its units
        // sold are the batch's where the sales projection applied it here: no read either.
        const sales = written?.productSales;
        const states: ProductState[] = [...known, ...read].map((row) => ({
          ...row,
          salesPosition: soldAt.get(row.id) ?? 0n,
          ...(sales?.has(row.id) ? { pastSales: sales.get(row.id) ?? null } : {}),
        }));
        this.fanOut(
          this.productSubscribers,
          states.filter((state) =>
            this.pushed.admit(`product:${state.id}`, newer(state.position, state.salesPosition)),
          ),
        );
      }
    }
    this.fanOut(
      this.orderSubscribers,
      orderRows.filter((row) => this.pushed.admit(`order:${row.id}`, row.position)),
    );
    if (this.statsSubscribers.size > 0 && orderIds.size > 0) {
      const stats = written?.salesStats ?? (await currentSalesStats(this.db));
      if (this.pushed.admit('stats', stats.position)) this.fanOut(this.statsSubscribers, [stats]);
    }
  }

  private fanOut<T>(subscribers: ReadonlySet<Subscriber<T>>, rows: readonly T[]): void {
    for (const subscriber of subscribers) {
      const before = this.statesPushed;
      for (const row of rows) {
        if (!subscriber.accepts(row)) continue;
        subscriber.queue.push(row);
        this.statesPushed++;
      }
      if (this.statesPushed > before) this.pushedTo++;
    }
  }
}

const newer = (a: bigint, b = 0n) => (a > b ? a : b);

function tooManyReplays(limit: string): GraphQLError {
  return new GraphQLError(
    `Too many replays of the event log are running (${limit}): retry once one has caught up, or subscribe without after.`,
    { extensions: { code: 'TOO_MANY_REPLAYS' } },
  );
}
