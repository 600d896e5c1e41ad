import type { OpsStatusQuery } from '../generated/read/graphql';
import { formatEvents, formatSeconds } from './durations';

/** How far the relay has carried the log to the bus. */
export function RelayStatus({ relay }: { relay: OpsStatusQuery['relay'] }) {
  const behind = relay.lag > 0;
  return (
    <section className="panel ops-relay" aria-label="Relay">
      <h2>Relay</h2>
      <div className="counters">
        <div className="counter" data-counter="relay-position">
          <span className="counter-value">{relay.position}</span>
          <span className="counter-label">published up to</span>
        </div>
        <div className="counter" data-counter="log-head">
          <span className="counter-value">{relay.head}</span>
          <span className="counter-label">log head</span>
        </div>
        <div
          className={`counter${behind ? ' counter-warn' : ''}`}
          data-counter="relay-lag"
          data-lag-events={relay.lag}
        >
          <span className="counter-value">{behind ? formatEvents(relay.lag) : 'current'}</span>
          <span className="counter-label">
            {behind ? `behind · ${formatSeconds(relay.lagSeconds)}` : 'lag'}
          </span>
        </div>
      </div>
    </section>
  );
}
