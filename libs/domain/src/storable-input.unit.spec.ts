import { describe, expect, it } from 'vitest';
import { unstorableInput } from './storable-input';

describe('unstorableInput', () => {
  it('names every field, however nested, whose text has a NUL or half of a surrogate pair', () => {
    expect(
      unstorableInput({
        sku: 'A\u0000',
        name: 'fine 😀',
        lines: [
          { productId: 'p', quantity: 1 },
          { productId: '\udc00x', quantity: 2 },
        ],
        reason: 'x\ud800',
      }),
    ).toEqual({
      kind: 'ValidationError',
      message: 'The input is invalid.',
      fields: [
        { field: 'sku', message: 'The sku must not contain a NUL character or a broken Unicode character.' },
        {
          field: 'lines.1.productId',
          message: 'The lines.1.productId must not contain a NUL character or a broken Unicode character.',
        },
        {
          field: 'reason',
          message: 'The reason must not contain a NUL character or a broken Unicode character.',
        },
      ],
    });
  });

  it('passes text that can be stored, whole surrogate pairs included', () => {
    expect(
      unstorableInput({ name: '😀 ok', lines: [{ productId: 'p', quantity: 1 }], note: null }),
    ).toBeUndefined();
  });
});
