import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder';

const POSITION_PATTERN = /^(0|[1-9][0-9]{0,19})$/;

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parsePosition(value: unknown): string {
  if (typeof value === 'string' && POSITION_PATTERN.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  throw invalid('Position must be a non-negative integer written as a decimal string.');
}

function parseSafeInt(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw invalid('SafeInt must be an integer between -(2^53-1) and 2^53-1.');
}

builder.scalarType('Position', {
  description: 'Global position of an event in the log, a decimal string (it may outgrow 2^53).',
  serialize: (value) => value.toString(),
  parseValue: parsePosition,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT)
      return parsePosition(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw invalid('Position must be a decimal string.');
  },
});

builder.scalarType('SafeInt', {
  description: "An integer within JavaScript's safe range, as a JSON number. Money is in cents.",
  serialize: (value) => parseSafeInt(value),
  parseValue: parseSafeInt,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT) return parseSafeInt(Number(ast.value));
    throw invalid('SafeInt must be an integer literal.');
  },
});
