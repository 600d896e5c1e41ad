import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';

const POSITION_PATTERN = /^(0|[1-9][0-9]*)$/;
/** Positions are PostgreSQL bigints. */
const MAX_POSITION = 2n ** 63n - 1n;
// Strict ISO-8601 with a zone, so "2026-01-02" or "next tuesday" is refused, not guessed at.
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parsePosition(value: unknown): string {
  if (typeof value === 'string' && POSITION_PATTERN.test(value)) {
    if (value.length <= 19 && BigInt(value) <= MAX_POSITION) return value;
    throw invalid(`Position must be at most ${MAX_POSITION} (a 64-bit integer).`);
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  throw invalid('Position must be a non-negative integer written as a decimal string.');
}

function serializePosition(value: unknown): string {
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string')
    return String(value);
  throw new TypeError(`Position cannot represent ${typeof value}`);
}

function parseSafeInt(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw invalid('SafeInt must be an integer between -(2^53-1) and 2^53-1.');
}

function parseDateTime(value: unknown): Date {
  const parts = typeof value === 'string' ? DATE_TIME_PATTERN.exec(value) : null;
  if (parts) {
    // Date rolls what does not exist over (February 30th is March 2nd): it is refused instead.
    const [year, month, day, hour, minute, second = '0', , , offsetHours = '0', offsetMinutes = '0'] =
      parts.slice(1);
    // setUTCFullYear, as Date.UTC reads the years 0 to 99 as 1900 to 1999.
    const calendarDay = new Date(0);
    calendarDay.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
    const exists =
      calendarDay.getUTCFullYear() === Number(year) &&
      calendarDay.getUTCMonth() === Number(month) - 1 &&
      calendarDay.getUTCDate() === Number(day) &&
      Number(hour) < 24 &&
      Number(minute) < 60 &&
      Number(second) < 60 &&
      Number(offsetHours) < 24 &&
      Number(offsetMinutes) < 60;
    if (!exists) throw invalid(`DateTime ${parts[0]} names a date or time that does not exist.`);
    const date = new Date(parts[0]);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw invalid('DateTime must be an ISO-8601 timestamp with a time zone, e.g. 2026-01-02T03:04:05Z.');
}

/** Accepts a Date, epoch milliseconds, or any string Date parses (PostgreSQL's text form included). */
function serializeDateTime(value: unknown): string {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : null;
  if (date === null || Number.isNaN(date.getTime()))
    throw new TypeError('DateTime cannot represent this value');
  return date.toISOString();
}

export const PositionScalar = new GraphQLScalarType<string, string>({
  name: 'Position',
  description: 'Global position of an event in the log, a decimal string (it may outgrow 2^53).',
  serialize: serializePosition,
  parseValue: parsePosition,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parsePosition(ast.value);
    throw invalid('Position must be a decimal string.');
  },
});

export const SafeIntScalar = new GraphQLScalarType<number, number>({
  name: 'SafeInt',
  description: "An integer within JavaScript's safe range, as a JSON number. Money is in cents.",
  serialize: parseSafeInt,
  parseValue: parseSafeInt,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT) return parseSafeInt(Number(ast.value));
    throw invalid('SafeInt must be an integer literal.');
  },
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 timestamp in UTC.',
  serialize: serializeDateTime,
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parseDateTime(ast.value);
    throw invalid('DateTime must be a string.');
  },
});

export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast: ValueNode, variables) => valueFromASTUntyped(ast, variables),
});

const CENTS_PATTERN = /^-?(0|[1-9][0-9]*)$/;

function serializeCents(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && CENTS_PATTERN.test(value)) return value;
  throw new TypeError(`Cents cannot represent ${typeof value}`);
}

export const CentsScalar = new GraphQLScalarType<string, string>({
  name: 'Cents',
  description:
    'An exact amount of money in cents, of any size, as a decimal string (e.g. "1250" is 12.50). Totals summed over many orders use it: they may outgrow 2^53.',
  serialize: serializeCents,
  parseValue: () => {
    throw invalid('Cents is an output type only.');
  },
  parseLiteral: () => {
    throw invalid('Cents is an output type only.');
  },
});

/**
 * An exact sum as a SafeInt, for the fields that promised one before sums were exact at any size:
 * beyond 2^53 − 1 it is an error that names the exact field to read instead, never a wrong number.
 */
export function asSafeInt(value: bigint, exactField: string): number {
  if (value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER))
    return Number(value);
  throw new GraphQLError(
    `This total is beyond 2^53 − 1 cents, which a SafeInt cannot carry exactly; read \`${exactField}\` instead.`,
    { extensions: { code: 'AMOUNT_TOO_LARGE' } },
  );
}
