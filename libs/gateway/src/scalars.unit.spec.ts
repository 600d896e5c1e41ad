import { GraphQLError, parseValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, JSONScalar, PositionScalar, SafeIntScalar } from './scalars';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : 'not a GraphQLError';
  }
  return 'no error';
}

describe('Position', () => {
  it('writes bigints as decimal strings, past 2^53 too', () => {
    expect(PositionScalar.serialize(9_007_199_254_740_993n)).toBe('9007199254740993');
    expect(PositionScalar.serialize('42')).toBe('42');
  });

  it('reads decimal strings and small integers, and refuses the rest as BAD_USER_INPUT', () => {
    expect(PositionScalar.parseValue('9007199254740993')).toBe('9007199254740993');
    expect(PositionScalar.parseValue(7)).toBe('7');
    expect(PositionScalar.parseLiteral(parseValue('"12"'))).toBe('12');
    expect(PositionScalar.parseLiteral(parseValue('12'))).toBe('12');
    for (const bad of ['-1', '01', '1.5', 'abc', -1, 1.5])
      expect(codeOf(() => PositionScalar.parseValue(bad))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => PositionScalar.parseLiteral(parseValue('true')))).toBe('BAD_USER_INPUT');
  });

  it('reads positions up to a bigint, and says a larger one is too large', () => {
    expect(PositionScalar.parseValue('9223372036854775807')).toBe('9223372036854775807');
    for (const large of ['9223372036854775808', '99999999999999999999', '99999999999999999999999']) {
      expect(codeOf(() => PositionScalar.parseValue(large))).toBe('BAD_USER_INPUT');
      expect(() => PositionScalar.parseValue(large)).toThrow(/at most 9223372036854775807/);
    }
  });
});

describe('SafeInt', () => {
  it('accepts integers in the safe range only', () => {
    expect(SafeIntScalar.parseValue(2 ** 53 - 1)).toBe(2 ** 53 - 1);
    expect(SafeIntScalar.parseLiteral(parseValue('-5'))).toBe(-5);
    expect(codeOf(() => SafeIntScalar.parseValue(2 ** 53))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => SafeIntScalar.parseValue('5'))).toBe('BAD_USER_INPUT');
  });
});

describe('DateTime', () => {
  it('writes ISO-8601 UTC from a Date or a PostgreSQL timestamp string', () => {
    expect(DateTimeScalar.serialize(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05.678Z');
    expect(DateTimeScalar.serialize('2026-01-02 04:04:05.678+01')).toBe('2026-01-02T03:04:05.678Z');
    expect(() => DateTimeScalar.serialize('not a date')).toThrow(TypeError);
  });

  it('reads an ISO string with a zone into a Date, and refuses anything vaguer', () => {
    expect(DateTimeScalar.parseValue('2026-01-02T03:04:05+02:00')).toEqual(new Date('2026-01-02T01:04:05Z'));
    expect(DateTimeScalar.parseLiteral(parseValue('"2026-01-02T03:04:05Z"'))).toEqual(
      new Date('2026-01-02T03:04:05Z'),
    );
    for (const bad of ['2026-01-02', '2026-01-02T03:04:05', 'tomorrow', '2026-13-45T99:99:99Z', 5])
      expect(codeOf(() => DateTimeScalar.parseValue(bad))).toBe('BAD_USER_INPUT');
  });

  it('refuses a day or time that does not exist, rather than rolling it over', () => {
    for (const missing of [
      '2026-02-30T10:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:60:00Z',
      '2026-01-01T10:00:60Z',
      '2026-01-01T10:00:00+24:00',
    ]) {
      expect(
        codeOf(() => DateTimeScalar.parseValue(missing)),
        missing,
      ).toBe('BAD_USER_INPUT');
      expect(() => DateTimeScalar.parseValue(missing)).toThrow(/does not exist/);
    }
    expect(DateTimeScalar.parseValue('0001-01-01T00:00:00Z')).toEqual(new Date('0001-01-01T00:00:00Z'));
    expect(DateTimeScalar.parseValue('0096-02-29T00:00:00Z')).toEqual(new Date('0096-02-29T00:00:00Z'));
    expect(DateTimeScalar.parseValue('2028-02-29T23:59:59.999-05:30')).toEqual(
      new Date('2028-03-01T05:29:59.999Z'),
    );
  });
});

describe('JSON', () => {
  it('passes any JSON value through, literals included', () => {
    expect(JSONScalar.serialize({ a: [1, 'x', null] })).toEqual({ a: [1, 'x', null] });
    expect(JSONScalar.parseValue([true])).toEqual([true]);
    expect(JSONScalar.parseLiteral(parseValue('{ a: [1, "x", null], b: { c: false } }'))).toEqual({
      a: [1, 'x', null],
      b: { c: false },
    });
  });
});
