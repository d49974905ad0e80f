// The rules of the price bureau's records: when an index may be published and corrected, who may be sampled and
// when a household leaves, which months a household records, and what a month's spending may be.
import { addYears, cityToday as today } from '../../../shared/src/dates';
import { badUserInput } from '../../../shared/src/errors';
import { formatMoney } from '../../../shared/src/money';
import { rankOf } from '../../../shared/src/loaders';
import { SurveyHousehold, SurveyMonth } from './entities';
import { addMonths, firstDayOf, formatIndex, monthOf } from './figures';
import type { CategorySpendingInput, ExpenditureCategory } from './generated/graphql';

/** The survey's categories in the order a month's spending lists them. */
export const CATEGORIES = rankOf<ExpenditureCategory>()([
  'FOOD',
  'CLOTHING',
  'HOUSING',
  'UTILITIES',
  'TRANSPORT',
  'EDUCATION',
  'MEDICAL',
  'OTHER',
] as const);

/** The column of survey_month each category's spending per person is kept in (fen). */
export const CATEGORY_COLUMN: Record<ExpenditureCategory, keyof SurveyMonth & `${string}Fen`> = {
  FOOD: 'foodFen',
  CLOTHING: 'clothingFen',
  HOUSING: 'housingFen',
  UTILITIES: 'utilitiesFen',
  TRANSPORT: 'transportFen',
  EDUCATION: 'educationFen',
  MEDICAL: 'medicalFen',
  OTHER: 'otherFen',
};

/** The most one category may cost a person in a month: 20,000.00 yuan, far above what a low-income household spends. */
export const MAX_PER_CAPITA_FEN = 2_000_000n;
export const MAX_HOUSEHOLD_SIZE = 20;
/** A household's head is at least this old on the day it is sampled. */
export const MIN_HEAD_AGE = 16;
/** The survey register starts here; a sample date before it is a typing error. */
export const SURVEY_BEGAN = '2000-01-01';

/** A day that has happened: not in the future. */
function checkNotFuture(field: string, date: string, now: Date): void {
  if (date > today(now)) throw badUserInput(field, `must not be in the future (today is ${today(now)}), got ${date}`);
}

/** An index of `month` is published once the month is over, and not in the future. */
export function checkPublishedOn(field: string, month: string, publishedOn: string, now = new Date()): void {
  const earliest = firstDayOf(addMonths(month, 1));
  if (publishedOn < earliest)
    throw badUserInput(field, `must be after the month the index measures (${month}), ${earliest} at the earliest, got ${publishedOn}`);
  checkNotFuture(field, publishedOn, now);
}

/** A correction changes the value, and is published on or after the figure it corrects. */
export function checkIndexCorrection(
  current: { valueTenths: number; publishedOn: string; month: string },
  valueTenths: number,
  publishedOn: string,
  now = new Date(),
): void {
  if (valueTenths === current.valueTenths)
    throw badUserInput('input.value', `is already ${formatIndex(current.valueTenths)}; a correction changes the value`);
  if (publishedOn < current.publishedOn)
    throw badUserInput('input.publishedOn', `must not be before the figure it corrects was published on ${current.publishedOn}`);
  checkPublishedOn('input.publishedOn', current.month, publishedOn, now);
}

/** A household is sampled on a day that has happened, since the register began, when its head was at least 16. */
export function checkSampledOn(sampledOn: string, headBirthDate: string, now = new Date()): void {
  checkNotFuture('input.sampledOn', sampledOn, now);
  if (sampledOn < SURVEY_BEGAN) throw badUserInput('input.sampledOn', `must not be before ${SURVEY_BEGAN}`);
  const adult = addYears(headBirthDate, MIN_HEAD_AGE);
  if (sampledOn < adult)
    throw badUserInput(
      'input.sampledOn',
      `is before the head turned ${MIN_HEAD_AGE} (${adult}); a household is kept against an adult head`,
    );
}

/**
 * An ACTIVE household leaves once, on a day that has happened, not before it was sampled and not before the month of
 * its last record (`lastMonth`): its accounts up to then stand.
 */
export function checkWithdrawal(household: SurveyHousehold, withdrawnOn: string, lastMonth: string | null, now = new Date()): void {
  if (household.status === 'WITHDRAWN')
    throw badUserInput('input.personId', `the household left the survey on ${household.withdrawnOn}; withdrawal is final`);
  if (withdrawnOn < household.sampledOn)
    throw badUserInput('input.withdrawnOn', `must not be before the household was sampled on ${household.sampledOn}`);
  checkNotFuture('input.withdrawnOn', withdrawnOn, now);
  if (lastMonth && withdrawnOn < firstDayOf(lastMonth))
    throw badUserInput('input.withdrawnOn', `must not be before ${firstDayOf(lastMonth)}: the household recorded ${lastMonth}`);
}

/**
 * A household records a month that is over, from the month it was sampled in; once it has left, only months before
 * the month it left in.
 */
export function checkSurveyMonth(household: SurveyHousehold, month: string, now = new Date()): void {
  const current = monthOf(today(now));
  if (month >= current) throw badUserInput('input.month', `must be a month that is over (before ${current}), got ${month}`);
  if (month < monthOf(household.sampledOn))
    throw badUserInput('input.month', `must not be before the month the household was sampled in, ${monthOf(household.sampledOn)}`);
  if (household.withdrawnOn && month >= monthOf(household.withdrawnOn))
    throw badUserInput(
      'input.month',
      `must be before ${monthOf(household.withdrawnOn)}: the household left the survey on ${household.withdrawnOn}`,
    );
}

export function householdSizeArg(field: string, size: number): number {
  if (!Number.isInteger(size) || size < 1 || size > MAX_HOUSEHOLD_SIZE)
    throw badUserInput(field, `must be an integer from 1 to ${MAX_HOUSEHOLD_SIZE}, got ${size}`);
  return size;
}

/**
 * Spending per person by category: each category at most once (and every one of them when `complete`), each amount
 * at most 20,000.00. Returned as the columns it sets.
 */
export function spendingArg(
  field: string,
  given: readonly CategorySpendingInput[],
  complete: boolean,
): Partial<Record<(typeof CATEGORY_COLUMN)[ExpenditureCategory], string>> {
  const columns: Partial<Record<(typeof CATEGORY_COLUMN)[ExpenditureCategory], string>> = {};
  const seen = new Set<ExpenditureCategory>();
  for (const { category, perCapita } of given) {
    if (seen.has(category)) throw badUserInput(field, `names ${category} twice; give each category once`);
    seen.add(category);
    if (perCapita > MAX_PER_CAPITA_FEN)
      throw badUserInput(field, `${category} must be at most ${formatMoney(MAX_PER_CAPITA_FEN)} per person, got ${formatMoney(perCapita)}`);
    columns[CATEGORY_COLUMN[category]] = perCapita.toString();
  }
  const missing = CATEGORIES.filter((c) => !seen.has(c));
  if (complete && missing.length) throw badUserInput(field, `must give every category; missing ${missing.join(', ')}`);
  if (!complete && seen.size === 0) throw badUserInput(field, 'must name at least one category to correct, or be left out');
  return columns;
}

/** What a household spent per person that month, in fen. */
export const totalPerCapitaFen = (month: SurveyMonth): bigint => CATEGORIES.reduce((sum, c) => sum + BigInt(month[CATEGORY_COLUMN[c]]), 0n);

/** A month's record spends something. */
export function checkSpendsSomething(month: SurveyMonth): void {
  if (totalPerCapitaFen(month) === 0n) throw badUserInput('input.spending', 'adds up to 0.00; a household spends something every month');
}
