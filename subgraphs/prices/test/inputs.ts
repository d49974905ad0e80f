// Inputs of the price bureau's writes for its tests: an index of a month no one published, a new survey household, a month's
// accounts, a linkage rule for a period.
import { cityToday } from '../../../shared/src/dates';
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';
import { addMonths, monthOf } from '../src/figures';
import { CATEGORIES } from '../src/rules';

export const TODAY = cityToday();
/** The last month that is over: the latest a household can record. */
export const LAST_MONTH = addMonths(monthOf(TODAY), -1);
/** The day new survey households are sampled on. */
export const SAMPLED_ON = '2025-03-10';

/** A valid ID number no seeded person has: born 1975-08-01 in 唐河县, sequence from a counter. */
export const newIdNumber = idNumberSequence('411328', '1975-08-01', 600);

let months = 0;
/** A month before the demo series (2024-01 on), a new one each call. */
export const unpublishedMonth = () => addMonths('2001-01', months++);

/** A CPI of a month no one has published, published today. */
export const indexInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'CPI',
  month: unpublishedMonth(),
  value: '101.8',
  publishedOn: TODAY,
  ...overrides,
});

/** A new 低保 household in 唐河县, sampled in March 2025. */
export const householdInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411328',
  stratum: 'MINIMUM_LIVING_ALLOWANCE',
  sampledOn: SAMPLED_ON,
  ...overrides,
});

/** Spending per person of every category: 300.00 on food, 40.00 on each of the others (580.00 in all). */
export const spendingInput = (overrides: Partial<Record<(typeof CATEGORIES)[number], string>> = {}) =>
  CATEGORIES.map((category) => ({ category, perCapita: overrides[category] ?? (category === 'FOOD' ? '300.00' : '40.00') }));

/** A household of three's accounts of the last month that is over. */
export const monthInput = (personId: string, overrides: Record<string, unknown> = {}) => ({
  personId,
  month: LAST_MONTH,
  householdSize: 3,
  spending: spendingInput(),
  ...overrides,
});

let periods = 0;
/** A linkage rule lowering the CPI trigger to 3.0% for a quarter of its own, a new one each call. */
export const ruleInput = (overrides: Record<string, unknown> = {}) => {
  const validFrom = addMonths('2030-01', 3 * periods++);
  return {
    validFrom,
    validTo: addMonths(validFrom, 2),
    cpiTrigger: '3.0',
    foodCpiTrigger: '6.0',
    multiplier: '1.00',
    minimum: '5.00',
    basis: '阶段性降低价格临时补贴启动条件',
    ...overrides,
  };
};
