import { badUserInput } from '../bad-user-input';

/** How many rows a client may ask for at once; larger requests are capped rather than refused. */
export const MAX_ROWS = 100;

/** A row count argument: the default when left out, capped at MAX_ROWS, BAD_USER_INPUT below 0. */
export function boundedSize(value: number | null | undefined, name: string, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (value < 0) throw badUserInput(`${name} must not be negative.`);
  return Math.min(value, MAX_ROWS);
}
