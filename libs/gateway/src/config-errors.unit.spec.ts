import { describe, expect, it } from 'vitest';
import { ConfigError, readInteger, readPort, readUrl } from './config-errors';

describe('configuration readers', () => {
  it('use the default when a variable is unset or empty', () => {
    expect(readPort({}, 'WRITE_PORT', 4001)).toBe(4001);
    expect(readPort({ WRITE_PORT: '' }, 'WRITE_PORT', 4001)).toBe(4001);
    expect(readUrl({}, 'DATABASE_URL', ['postgres:'])).toBeUndefined();
  });

  it('read valid values', () => {
    expect(readPort({ WRITE_PORT: '5000' }, 'WRITE_PORT', 4001)).toBe(5000);
    expect(readUrl({ DATABASE_URL: 'postgres://u@h/db' }, 'DATABASE_URL', ['postgres:'])).toBe(
      'postgres://u@h/db',
    );
  });

  it('name the variable in a one-line error for a bad value', () => {
    expect(() => readPort({ WRITE_PORT: 'abc' }, 'WRITE_PORT', 4001)).toThrow(
      new ConfigError('WRITE_PORT must be an integer from 0 to 65535, got "abc"'),
    );
    expect(() => readInteger({ N: '1.5' }, 'N', 1, { min: 1, max: 9 })).toThrow(/^N must be/);
    expect(() => readUrl({ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', ['postgres:'])).toThrow(
      /DATABASE_URL must start with postgres:\/\//,
    );
    expect(() => readUrl({ DATABASE_URL: 'not a url' }, 'DATABASE_URL', ['postgres:'])).toThrow(
      'DATABASE_URL is not a valid URL',
    );
  });
});
