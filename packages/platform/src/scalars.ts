/**
 * Scalars shared by every subgraph (declared in each SDL that uses them):
 * `KRW` integer won (money is never a float; Int's 32 bits are too few for the
 * agency's budgets), `Date` a calendar date `YYYY-MM-DD`, `DateTime` an ISO-8601 UTC instant.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { checkDate } from './validate';

const invalid = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

export const KRWScalar = new GraphQLScalarType<number, number>({
  name: 'KRW',
  description: 'Money in integer Korean won (원).',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw invalid('KRW must be a safe integer');
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw invalid('KRW must be an integer number of won');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw invalid('KRW must be an integer number of won');
    const value = Number(ast.value);
    if (!Number.isSafeInteger(value)) throw invalid('KRW is out of range');
    return value;
  },
});

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string') throw invalid('Date must be a string YYYY-MM-DD');
  const r = checkDate(value, 'Date');
  if (!r.ok) throw invalid(r.error.message);
  return r.value;
};

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (Asia/Seoul civil date).',
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('Date must be a string YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

const parseDateTime = (value: unknown): string => {
  const s = value instanceof Date ? value.toISOString() : value;
  if (typeof s !== 'string' || Number.isNaN(Date.parse(s))) throw invalid('DateTime must be an ISO-8601 instant');
  return new Date(s).toISOString();
};

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO-8601 in UTC.',
  serialize: parseDateTime,
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('DateTime must be a string');
    return parseDateTime(ast.value);
  },
});
