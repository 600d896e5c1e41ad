import type { HistoryEventFieldsFragment } from '../generated/read/graphql';

/** One event of a product's or an order's history, as the timeline shows it. */
export type TimelineEvent = HistoryEventFieldsFragment;

/** What a timeline follows: a product's or an order's stream. */
export interface TimelineSubject {
  kind: 'product' | 'order';
  id: string;
}
