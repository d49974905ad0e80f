// The custom scalars every subgraph declares: Money (fen inside, "798.10" outside), Date, DateTime.
import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { cityToday } from './dates';
import { formatMoney, parseMoney } from './money';
import { badUserInput } from './errors';

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw badUserInput(scalar, 'must be given as a string');
  return ast.value;
}

function moneyInput(value: unknown): bigint {
  try {
    return parseMoney(value as string);
  } catch (e) {
    throw badUserInput('Money', (e as Error).message);
  }
}

export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'An amount in yuan as a decimal string with two fraction digits, e.g. "798.10". Never a float.',
  serialize: (fen) => formatMoney(fen as bigint | number | string),
  parseValue: moneyInput,
  parseLiteral: (ast) => moneyInput(literalString(ast, 'Money')),
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses and checks a calendar date; returns it unchanged as YYYY-MM-DD. */
export function parseDate(value: unknown, field = 'Date'): string {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3] || +m[1] < 1900 || +m[1] > 2200) {
    throw badUserInput(field, `must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value as string;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(literalString(ast, 'Date')),
});

function dateTimeInput(value: unknown): Date {
  const d = new Date(String(value));
  if (typeof value !== 'string' || Number.isNaN(d.getTime()) || !/[zZ]|[+-]\d{2}:\d{2}$/.test(value)) {
    throw badUserInput('DateTime', 'must be an ISO 8601 instant with offset, e.g. 2026-01-31T08:00:00+08:00');
  }
  return d;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset.',
  serialize: (value) => new Date(value as Date | string).toISOString(),
  parseValue: dateTimeInput,
  parseLiteral: (ast) => dateTimeInput(literalString(ast, 'DateTime')),
});

export const scalarResolvers = { Money: MoneyScalar, Date: DateScalar, DateTime: DateTimeScalar };

/** Whole years between a birth date and a day (YYYY-MM-DD), by default today in the city (Asia/Shanghai). */
export function ageOn(birthDate: string, today: string = cityToday()): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}
