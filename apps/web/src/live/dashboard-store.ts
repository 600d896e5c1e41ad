import type {
  OrderFieldsFragment,
  ProductFieldsFragment,
  SalesFieldsFragment,
} from '../generated/read/graphql';
import { EventLog } from './event-log';
import { LatestValue } from './latest-value';
import { Observable } from './observable';
import { VersionedCollection } from './versioned-collection';

export type Product = ProductFieldsFragment;
export type Order = OrderFieldsFragment;
export type SalesStats = SalesFieldsFragment;

class ErrorBanner extends Observable<string | undefined> {
  constructor() {
    super(undefined);
  }

  show(message: string | undefined): void {
    this.set(message);
  }
}

/** Everything the dashboard shows, merged from snapshots, pushed changes and read-your-writes. */
export class DashboardStore {
  readonly products = new VersionedCollection<Product>();
  readonly orders = new VersionedCollection<Order>();
  readonly sales = new LatestValue<SalesStats>();
  readonly events = new EventLog();
  readonly loadError = new ErrorBanner();
}
