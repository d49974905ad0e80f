// Land area in mu (亩): a Float with two decimals at the edge, hundredths of a mu (integers) in the rules, numeric(9,2) in the database.
//
// Why Float rather than a decimal-string scalar like Money: an area is a measurement registered to 0.01 mu that
// callers compare and display but never add up themselves, and the kit's scalars (Money, Date, DateTime) are the
// ones every subgraph and codegen.ts declare, so a scalar of one agency's would have to be added to the kit. The
// exactness Money needs lives here instead: an input with more than two decimals is refused, every comparison
// and sum is made in integer hundredths or in PostgreSQL's numeric, and a value goes out as the stored decimal.
import { badUserInput } from '../../../shared/src/errors';

/** "4.35" (as the driver gives a numeric(9,2)) -> 435 hundredths of a mu. */
export function hundredthsOf(decimal: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(decimal);
  if (!m) throw new RangeError(`not an area in mu: ${JSON.stringify(decimal)}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 435 -> "4.35", as the database's numeric(9,2) takes it. */
export const decimalOf = (hundredths: number): string => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

/** The Float the graph gives out for a stored area: the decimal's own value. */
export const muOf = (decimal: string): number => Number(decimal);

/**
 * A Float argument in mu from `min` (exclusive unless `inclusive`) to `max`, with at most two decimals, as hundredths.
 * 1.005 is refused rather than rounded: the register records areas to 0.01 mu.
 */
export function muArg(
  field: string,
  value: number,
  { min = 0, max, inclusive = false }: { min?: number; max: number; inclusive?: boolean },
): number {
  const hundredths = Math.round(value * 100);
  const bounds = `${inclusive ? 'from' : 'above'} ${min} ${inclusive ? 'to' : 'and at most'} ${max} mu`;
  if (!Number.isFinite(value) || (inclusive ? value < min : value <= min) || value > max)
    throw badUserInput(field, `must be ${bounds}, got ${value}`);
  if (Math.abs(value * 100 - hundredths) > 1e-6) throw badUserInput(field, `must have at most two decimals (0.01 mu), got ${value}`);
  return hundredths;
}
