// How the bureau writes its figures: months as YYYY-MM, and indices as the statistics bureau publishes them, to one
// decimal place ("102.3": the price level against the same month a year before, 100 = unchanged), kept as integer tenths.
import { badUserInput } from '../../../shared/src/errors';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first month the bureau keeps figures of; a month before it is a typing error. */
export const FIRST_MONTH = '2000-01';

/** A month argument as YYYY-MM from FIRST_MONTH on, unchanged; BAD_USER_INPUT naming the field otherwise. */
export function monthArg(field: string, value: string): string {
  if (!MONTH.test(value)) throw badUserInput(field, `must be a month as YYYY-MM, e.g. 2025-06, got ${JSON.stringify(value.slice(0, 20))}`);
  if (value < FIRST_MONTH) throw badUserInput(field, `must not be before ${FIRST_MONTH}`);
  return value;
}

/** The month (YYYY-MM) of a date (YYYY-MM-DD). */
export const monthOf = (date: string) => date.slice(0, 7);

/** The month `n` months after `month` (before, when negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first day of a month (YYYY-MM-DD). */
export const firstDayOf = (month: string) => `${month}-01`;

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

const INDEX = /^(\d{2,3})\.(\d)$/;

/**
 * The plausible range of a year-on-year index, in tenths: 50.0 to 150.0. China's food CPI has not left
 * 80-125 since the 1990s; a value outside this range is a typing error (1023 for 102.3), not a price level.
 */
export const MIN_INDEX_TENTHS = 500;
export const MAX_INDEX_TENTHS = 1500;

/** "102.3" -> 1023. Exactly one decimal place, as the index is published; within the plausible range. */
export function indexArg(field: string, value: string): number {
  const m = INDEX.exec(value);
  if (!m)
    throw badUserInput(
      field,
      `must be an index with one decimal place as published, e.g. "102.3", got ${JSON.stringify(value.slice(0, 20))}`,
    );
  const tenths = Number(m[1]) * 10 + Number(m[2]);
  if (tenths < MIN_INDEX_TENTHS || tenths > MAX_INDEX_TENTHS)
    throw badUserInput(
      field,
      `must be from ${formatIndex(MIN_INDEX_TENTHS)} to ${formatIndex(MAX_INDEX_TENTHS)} (100.0 = prices unchanged), got ${value}`,
    );
  return tenths;
}

/** 1023 -> "102.3". */
export const formatIndex = (tenths: number) => `${Math.floor(tenths / 10)}.${tenths % 10}`;

/** A ratio of two amounts in fen as a decimal string with two places, rounded half up: 78000 / 35000 -> "2.23". */
export function formatRatio(numeratorFen: bigint, denominatorFen: bigint): string {
  const hundredths = (numeratorFen * 200n + denominatorFen) / (2n * denominatorFen);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}
