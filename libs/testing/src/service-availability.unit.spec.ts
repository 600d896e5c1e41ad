import { describe, expect, it, vi } from 'vitest';
import { settleAvailability } from './service-availability';

describe('settleAvailability', () => {
  it('reports a reachable service as available', () => {
    expect(settleAvailability('PostgreSQL', 'postgres://h/db', undefined, {})).toEqual({
      available: true,
      url: 'postgres://h/db',
    });
  });

  it('skips with a one-line reason outside CI, hiding the password', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = settleAvailability('RabbitMQ', 'amqp://guest:secret@h:5672', new Error('refused'), {});
    expect(result).toEqual({
      available: false,
      url: 'amqp://guest:secret@h:5672',
      reason: 'RabbitMQ unreachable at amqp://guest:***@h:5672 (refused)',
    });
    expect(warn).toHaveBeenCalledWith(
      'skipping RabbitMQ suites: RabbitMQ unreachable at amqp://guest:***@h:5672 (refused)',
    );
    warn.mockRestore();
  });

  it('fails loudly when CI=true requires the service', () => {
    expect(() =>
      settleAvailability('PostgreSQL', 'postgres://h/db', new Error('refused'), { CI: 'true' }),
    ).toThrow('PostgreSQL unreachable at postgres://h/db (refused); CI=true requires it');
  });
});
