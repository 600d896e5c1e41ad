import { formatEvents, formatSeconds } from './durations';

/** How far something trails the log: in events, and in time when it trails at all. */
export function LagCell({ events, seconds }: { events: number; seconds: number }) {
  return (
    <td className="num" data-lag-events={events}>
      {events === 0 ? 'current' : `${formatEvents(events)} · ${formatSeconds(seconds)}`}
    </td>
  );
}
