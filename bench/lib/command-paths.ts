import type { AcceptedCommand, Command, StorySubjects } from './shop-story';

export const subscriptionNames = ['productChanged', 'orderChanged', 'salesStatsChanged', 'events'] as const;

export type SubscriptionName = (typeof subscriptionNames)[number];

/**
 * The subscriptions each mutation changes, as the read side pushes them
 * (apps/read-gateway/src/runtime/live-feed-hub.ts): a product moves with its own events and with
 * its stock reserved or released by an order, and its units sold with a payment or a cancellation;
 * an order with its own events; the sales figures with any order event; `events` with every one.
 * shipOrder moves no product: a shipped order's sale was already counted when it was paid.
 */
export const changedBy: Readonly<Record<Command, readonly SubscriptionName[]>> = {
  registerProduct: ['productChanged', 'events'],
  changeProductPrice: ['productChanged', 'events'],
  restockProduct: ['productChanged', 'events'],
  discontinueProduct: ['productChanged', 'events'],
  placeOrder: ['productChanged', 'orderChanged', 'salesStatsChanged', 'events'],
  payOrder: ['productChanged', 'orderChanged', 'salesStatsChanged', 'events'],
  shipOrder: ['orderChanged', 'salesStatsChanged', 'events'],
  cancelOrder: ['productChanged', 'orderChanged', 'salesStatsChanged', 'events'],
};

/** A frame as recorded: the entity it is a state of (none for the sales figures and events). */
export interface FrameKey {
  id?: string;
  position: bigint;
}

/** The frame that shows a command's change on a subscription: the first that matches. */
export interface ExpectedFrame {
  subscription: SubscriptionName;
  matches(frame: FrameKey): boolean;
}

/**
 * The frames a command must bring: on each subscription it changes, the first state of its
 * subject at or past the position the command wrote it at (a later state pushed in its place
 * shows the change too), or, on `events`, its last event.
 */
export function expectedFrames(
  command: Command,
  accepted: AcceptedCommand,
  subjects: StorySubjects,
): ExpectedFrame[] {
  const { productId, orderId } = subjects;
  const orderAt = orderId === undefined ? undefined : accepted.streams.get(orderId);
  // A payment or cancellation moves the product's units sold from the order's event on.
  const productAt = accepted.streams.get(productId) ?? orderAt ?? accepted.position;
  const at = {
    productChanged: { id: productId, position: productAt },
    orderChanged: { id: orderId, position: orderAt ?? accepted.position },
    salesStatsChanged: { id: undefined, position: orderAt ?? accepted.position },
    events: { id: undefined, position: accepted.position },
  };
  return changedBy[command].map((subscription) => {
    const want = at[subscription];
    return {
      subscription,
      matches: (frame) => frame.id === want.id && frame.position >= want.position,
    };
  });
}
