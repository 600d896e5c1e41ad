import { describe, expect, it } from 'vitest';
import { isTransientDatabaseError, sqlState } from './postgres-error';

const wrapped = (cause: object) => Object.assign(new Error('Failed query'), { cause });

describe('database error classification', () => {
  it('finds the SQLSTATE behind drizzle’s wrapper', () => {
    expect(sqlState(wrapped({ code: '23505' }))).toBe('23505');
    expect(sqlState(new Error('plain'))).toBeUndefined();
  });

  it('calls lost connections, shutdowns, serialization failures and deadlocks transient', () => {
    for (const code of ['08006', '57P01', '40001', '40P01', '53300', 'CONNECTION_CLOSED', 'ECONNREFUSED']) {
      expect(isTransientDatabaseError(wrapped({ code }))).toBe(true);
    }
  });

  it('calls bad data, broken constraints and bugs permanent', () => {
    for (const error of [
      wrapped({ code: '23502' }),
      wrapped({ code: '22003' }),
      new TypeError('x is undefined'),
    ]) {
      expect(isTransientDatabaseError(error)).toBe(false);
    }
  });
});
