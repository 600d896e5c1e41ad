import { useId } from 'react';
import { eventAt, indexOfPoint, pointAt, type AsOfPoint } from './as-of-stops';
import { eventSentence } from './event-sentence';
import type { TimelineEvent } from './timeline-event';

/**
 * A range over the loaded events, oldest at the left and now at the right: arrows step one event,
 * Home goes to the oldest loaded and End back to now. Screen readers hear the event and its time.
 */
export function AsOfSlider(props: {
  stops: readonly TimelineEvent[];
  point: AsOfPoint;
  onChange: (point: AsOfPoint) => void;
}) {
  const { stops, point, onChange } = props;
  const id = useId();
  const event = eventAt(stops, point);
  const said = event ? `${eventSentence(event)}, ${new Date(event.recordedAt).toLocaleString()}` : 'Now';
  return (
    <div className="as-of-slider">
      <label htmlFor={id}>As of</label>
      <input
        id={id}
        type="range"
        min={0}
        max={stops.length}
        step={1}
        value={indexOfPoint(stops, point)}
        aria-valuetext={said}
        onChange={(change) => onChange(pointAt(stops, Number(change.target.value)))}
      />
      <output htmlFor={id} className="sub" data-testid="as-of-point">
        {event ? eventSentence(event) : 'Now'}
      </output>
    </div>
  );
}
