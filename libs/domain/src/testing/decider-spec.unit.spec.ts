import { describe, expect, it } from 'vitest';
import type { Decision } from '../decision';
import { deciderSpec } from './decider-spec';
import { PRODUCT_ID, productRegistered, productRestocked } from './fixtures';

/** A stand-in decider: rejects negative amounts, otherwise restocks the product with the amount. */
function decideStub(cmd: { productId: string; amount: number }): Decision {
  if (cmd.amount < 0) {
    return {
      ok: false,
      error: {
        kind: 'ValidationError',
        message: 'The input is invalid.',
        fields: [{ field: 'amount', message: 'Too low.' }],
      },
    };
  }
  const event = productRestocked({ productId: cmd.productId, quantity: cmd.amount });
  return {
    ok: true,
    subjectId: cmd.productId,
    subjectStreamId: cmd.productId,
    writes: [{ streamId: cmd.productId, expectedVersion: 1, events: [event] }],
  };
}

const given = deciderSpec({
  decide: decideStub,
  load: (cmd, streams) => streams.product(cmd.productId),
  subjectOf: (cmd) => cmd.productId,
});
const write = { streamId: PRODUCT_ID, expectedVersion: 1, events: [productRestocked({ quantity: 3 })] };

describe('deciderSpec', () => {
  it('passes when the writes are exactly the expected ones', () => {
    given({ [PRODUCT_ID]: [productRegistered()] })
      .when({ productId: PRODUCT_ID, amount: 3 })
      .then([write]);
  });

  it('fails when the writes differ', () => {
    expect(() => given().when({ productId: PRODUCT_ID, amount: 4 }).then([write])).toThrow();
    expect(() => given().when({ productId: PRODUCT_ID, amount: 3 }).then([])).toThrow();
  });

  it('fails when the subject differs', () => {
    const spec = deciderSpec({ decide: decideStub, load: () => undefined, subjectOf: () => 'product-2' });
    expect(() => spec().when({ productId: PRODUCT_ID, amount: 3 }).then([write])).toThrow();
  });

  it('fails on an expected error when the command is accepted', () => {
    expect(() =>
      given().when({ productId: PRODUCT_ID, amount: 3 }).thenError({ kind: 'NotFoundError', id: PRODUCT_ID }),
    ).toThrow(/Expected NotFoundError, but the command was accepted/);
  });

  it('checks the error, its fields and any message given, exactly', () => {
    const when = given().when({ productId: PRODUCT_ID, amount: -1 });
    when.thenError({ kind: 'ValidationError', fields: [{ field: 'amount' }] });
    when.thenError({
      kind: 'ValidationError',
      message: 'The input is invalid.',
      fields: [{ field: 'amount', message: /low/ }],
    });
    expect(() => when.thenError({ kind: 'ValidationError', fields: [{ field: 'quantity' }] })).toThrow();
    expect(() => when.thenError({ kind: 'ValidationError', fields: [] })).toThrow();
    expect(() =>
      when.thenError({ kind: 'ValidationError', fields: [{ field: 'amount' }, { field: 'productId' }] }),
    ).toThrow();
    expect(() =>
      when.thenError({ kind: 'ValidationError', message: 'Bad.', fields: [{ field: 'amount' }] }),
    ).toThrow();
    expect(() =>
      when.thenError({ kind: 'ValidationError', fields: [{ field: 'amount', message: /high/ }] }),
    ).toThrow();
    expect(() => when.thenError({ kind: 'NotFoundError', id: PRODUCT_ID })).toThrow();
  });

  it('fails when a past event does not belong on its stream', () => {
    expect(() =>
      given({ [PRODUCT_ID]: [{ type: 'SkuClaimed', data: { sku: 'A', productId: PRODUCT_ID, at: '' } }] })
        .when({ productId: PRODUCT_ID, amount: 3 })
        .then([write]),
    ).toThrow('A SkuClaimed event does not belong on stream product-1.');
  });

  it('fails when the decider changes its command or state', () => {
    const mutating = deciderSpec({
      decide: (cmd: { productId: string; amount: number }, state: { stock: number }) => {
        state.stock -= cmd.amount;
        return decideStub(cmd);
      },
      load: (cmd, streams) => streams.product(cmd.productId).state,
      subjectOf: (cmd) => cmd.productId,
    });
    expect(() =>
      mutating({ [PRODUCT_ID]: [productRegistered()] })
        .when({ productId: PRODUCT_ID, amount: 3 })
        .then([write]),
    ).toThrow(TypeError);
  });
});
