import { describe, expect, it } from 'vitest';
import { EventLog, type LoggedEvent } from './event-log';

const event = (position: string): LoggedEvent => ({
  position,
  type: 'ProductRestocked',
  streamId: 's',
  occurredAt: '2026-01-01T00:00:00Z',
});

describe('EventLog', () => {
  it('keeps the newest first, drops repeats and anything at or before its cursor', () => {
    const log = new EventLog(3);
    log.startAt('10');
    for (const position of ['9', '10', '11', '12', '12', '13', '14']) log.append(event(position));
    expect(log.current.recent.map((e) => e.position)).toEqual(['14', '13', '12']);
    expect(log.current.received).toBe(4);
    expect(log.current.cursor).toBe('14');
  });

  it('starts where it was first told to and resumes from the last event after that', () => {
    const log = new EventLog();
    log.startAt('5');
    log.append(event('6'));
    log.startAt('100');
    expect(log.current.cursor).toBe('6');
  });

  it('compares positions past 2^53 exactly', () => {
    const log = new EventLog();
    log.startAt('9007199254740993');
    log.append(event('9007199254740993'));
    log.append(event('9007199254740994'));
    expect(log.current.received).toBe(1);
  });
});
