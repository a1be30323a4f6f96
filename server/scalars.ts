// Money and DateTime: the two scalars every area shares. Money refuses anything but a safe
// integer, so a float can never enter a price or a commission through the API.
import { GraphQLScalarType, Kind } from 'graphql';
import { UserError } from './errors';

function toMoney(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new UserError('BAD_USER_INPUT', 'Money must be a whole number of minor units (e.g. fen), like 1299 for ¥12.99.');
  }
  return value;
}

export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'Integer minor units.',
  serialize: toMoney,
  parseValue: toMoney,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new UserError('BAD_USER_INPUT', 'Money must be a whole number of minor units.');
    return toMoney(Number(ast.value));
  },
});

function toDate(value: unknown): string {
  const date = typeof value === 'number' ? new Date(value) : typeof value === 'string' ? new Date(value) : value;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new UserError('BAD_USER_INPUT', 'DateTime must be an ISO-8601 date-time such as 2026-06-01T08:00:00Z.');
  }
  return date.toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO-8601 UTC date-time. Stored as epoch milliseconds in the graph.',
  serialize: toDate,
  parseValue: toDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new UserError('BAD_USER_INPUT', 'DateTime must be a string.');
    return toDate(ast.value);
  },
});
