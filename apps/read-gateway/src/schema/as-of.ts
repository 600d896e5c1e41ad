import { badUserInput } from '../bad-user-input';
import type { PastPoint } from '../time-travel/past-point';
import { builder } from './builder';

export const AsOfRef = builder.inputType('AsOf', {
  description: [
    'A point in the past, as exactly one of: a position (the state right after the last event at',
    'or before it), or a time (the state after every event recorded by then). A point past the',
    "log's head answers the state now.",
  ].join(' '),
  fields: (t) => ({
    position: t.field({ type: 'Position' }),
    time: t.field({ type: 'DateTime' }),
  }),
});

/** The point an `asOf` argument names; undefined when it was left out (the present). */
export function pastPointOf(
  asOf: { position?: string | null; time?: Date | null } | null | undefined,
): PastPoint | undefined {
  if (asOf === null || asOf === undefined) return undefined;
  const { position, time } = asOf;
  const hasPosition = position !== null && position !== undefined;
  const hasTime = time !== null && time !== undefined;
  if (hasPosition === hasTime) throw badUserInput('asOf takes exactly one of position and time.');
  return hasPosition ? { position: BigInt(position) } : { time: time! };
}
