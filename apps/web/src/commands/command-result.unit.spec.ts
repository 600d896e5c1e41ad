import { describe, expect, it } from 'vitest';
import { toCommandResult } from './command-result';

describe('toCommandResult', () => {
  it('reads an accepted command', () => {
    expect(toCommandResult({ __typename: 'CommandAccepted', id: 'p1', position: '42' })).toEqual({
      kind: 'accepted',
      id: 'p1',
      position: '42',
    });
  });

  it('indexes validation messages by field path', () => {
    const result = toCommandResult({
      __typename: 'ValidationError',
      message: 'Invalid input',
      fields: [
        { field: 'sku', message: 'Use A-Z, 0-9 and -' },
        { field: 'lines.1.quantity', message: 'At least 1' },
      ],
    });
    expect(result).toEqual({
      kind: 'invalid',
      message: 'Invalid input',
      fields: { sku: 'Use A-Z, 0-9 and -', 'lines.1.quantity': 'At least 1' },
    });
  });

  it('passes any other rejection on with its message', () => {
    expect(toCommandResult({ __typename: 'InsufficientStockError', message: 'Only 2 left' })).toEqual({
      kind: 'rejected',
      type: 'InsufficientStockError',
      message: 'Only 2 left',
    });
  });
});
