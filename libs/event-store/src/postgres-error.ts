/** The SQLSTATE of a database error, looking through drizzle's DrizzleQueryError wrapper. */
export function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return undefined;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';
/** A serialization failure: another transaction's append raced this one (see sluice_append_batch). */
export const SERIALIZATION_FAILURE = '40001';

const TRANSIENT_DRIVER_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

/**
 * Whether retrying later may succeed: the connection or the server went away, or a
 * serialization failure or deadlock. Anything else (bad data, a broken constraint, a bug) fails
 * again on every attempt.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  for (
    let current: unknown = error, depth = 0;
    current && typeof current === 'object' && depth < 5;
    depth++
  ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (TRANSIENT_DRIVER_CODES.has(code)) return true;
      if (/^(08|53|57P)/.test(code) || code === '40001' || code === '40P01') return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
