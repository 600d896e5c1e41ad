import { LogLines } from '@sluice/testing';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-errors';
import { readLogLevel } from './log-level';
import { createConsoleLogger, type LoggerOptions } from './logger';

function logged(
  options: Omit<LoggerOptions, 'destination'>,
  log: (logger: ReturnType<typeof createConsoleLogger>) => void,
) {
  const lines = new LogLines();
  log(createConsoleLogger('test', { ...options, destination: lines }));
  return lines;
}

const everyLevel = (logger: ReturnType<typeof createConsoleLogger>) => {
  logger.debug('d');
  logger.info('i');
  logger.warn('w');
  logger.error('e');
};

describe('the logger', () => {
  it('writes one JSON line per entry: level by name, ISO time, name, message, then the fields', () => {
    const raw: string[] = [];
    const logger = createConsoleLogger('read-gateway', { destination: { write: (line) => raw.push(line) } });
    logger.info('read gateway listening', { url: 'http://localhost:4002/graphql', skipped: undefined });
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatch(/^\{.*\}\n$/);
    const entry = JSON.parse(raw[0]!) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual(['level', 'time', 'name', 'message', 'url']);
    expect(entry).toMatchObject({ level: 'info', name: 'read-gateway', message: 'read gateway listening' });
    expect(new Date(String(entry.time)).toISOString()).toBe(entry.time);
    // What the process tests and the benches match on.
    expect(raw[0]).toContain('"message":"read gateway listening","url":"http://localhost:4002/graphql"');
  });

  it('drops lines below its level: info by default, debug shown at debug', () => {
    expect(logged({}, everyLevel).messages()).toEqual(['i', 'w', 'e']);
    expect(logged({ level: 'debug' }, everyLevel).messages()).toEqual(['d', 'i', 'w', 'e']);
    expect(logged({ level: 'warn' }, everyLevel).messages()).toEqual(['w', 'e']);
    expect(logged({ level: 'silent' }, everyLevel).messages()).toEqual([]);
  });

  it('keeps only errors when silent, whatever the level', () => {
    expect(logged({ silent: true, level: 'debug' }, everyLevel).messages()).toEqual(['e']);
  });

  it('puts a child’s fields on every line it writes, and not on its parent’s', () => {
    const lines = logged({ level: 'debug' }, (logger) => {
      const child = logger.child({ requestId: 'abc-123' });
      child.debug('one', { n: 1 });
      child.child({ operation: 'op' }).error('two');
      logger.info('three');
    });
    expect(lines.entries).toEqual([
      expect.objectContaining({ message: 'one', requestId: 'abc-123', n: 1, level: 'debug' }),
      expect.objectContaining({ message: 'two', requestId: 'abc-123', operation: 'op' }),
      expect.not.objectContaining({ requestId: expect.anything() as unknown }),
    ]);
  });
});

describe('LOG_LEVEL', () => {
  it('is info unless set, and takes each of pino’s levels and silent', () => {
    expect(readLogLevel({})).toBe('info');
    expect(readLogLevel({ LOG_LEVEL: '' })).toBe('info');
    for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) {
      expect(readLogLevel({ LOG_LEVEL: level })).toBe(level);
    }
  });

  it('refuses any other value, naming the variable and the levels', () => {
    expect(() => readLogLevel({ LOG_LEVEL: 'verbose' })).toThrow(ConfigError);
    expect(() => readLogLevel({ LOG_LEVEL: 'INFO' })).toThrow(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "INFO"',
    );
  });
});
