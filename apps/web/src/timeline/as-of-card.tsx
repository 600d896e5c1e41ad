import { useAppServices } from '../app-services';
import type { Order, Product } from '../live/dashboard-store';
import { useObservable } from '../live/observable';
import { OrderStateCard } from './order-state-card';
import type { PastState } from './past-state';
import { ProductStateCard } from './product-state-card';
import type { TimelineSubject } from './timeline-event';
import type { PastStateView } from './use-past-state';

/**
 * The subject's state at the slider's point: the live entity from the store at now, else the past
 * state read for the point. `data-as-of` names what is shown (a position, or now), so the caption
 * and the figures always go together while the next point loads.
 */
export function AsOfCard(props: { subject: TimelineSubject; atNow: boolean; past: PastStateView }) {
  const { subject, atNow, past } = props;
  const { store } = useAppServices();
  const products = useObservable(store.products);
  const orders = useObservable(store.orders);
  const live = subject.kind === 'product' ? products.get(subject.id) : orders.get(subject.id);
  const shown = atNow ? undefined : past.shown;
  return (
    <section
      className="as-of-card"
      aria-label="State"
      aria-busy={past.loading}
      data-as-of={shown ? shown.event.position : atNow ? 'now' : 'loading'}
    >
      {shown ? (
        <p className="sub as-of-caption">
          As of{' '}
          <time dateTime={shown.event.recordedAt}>{new Date(shown.event.recordedAt).toLocaleString()}</time>{' '}
          (position {shown.event.position})
        </p>
      ) : (
        <p className="sub as-of-caption">{atNow ? 'Now' : 'Loading…'}</p>
      )}
      {shown ? <PastCard past={shown} /> : atNow && <LiveCard live={live} />}
      {past.error && (
        <p className="form-error" role="alert">
          {past.error}
        </p>
      )}
    </section>
  );
}

function PastCard({ past }: { past: PastState }) {
  if (past.kind === 'product') return past.product ? <ProductStateCard product={past.product} /> : <NotYet />;
  return past.order ? <OrderStateCard order={past.order} /> : <NotYet />;
}

function LiveCard({ live }: { live: Product | Order | undefined }) {
  if (!live) return null;
  return 'sku' in live ? <ProductStateCard product={live} /> : <OrderStateCard order={live} />;
}

function NotYet() {
  return <p className="empty">It did not exist yet.</p>;
}
