// The price bureau's share of the demo city: the city's CPI and food CPI from 2024-01 (a pork cycle and the Spring
// Festival moving food prices), the price basis of each county's 低保 standard, and the monthly accounts of the
// survey households the demo city sampled (shared/src/demo/prices.ts), spending about what their income allows.
import { DataSource } from 'typeorm';
import { addYears } from '../../../shared/src/dates';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoHousehold, uuid } from '../../../shared/src/demo/city';
import { surveyStratumOf } from '../../../shared/src/demo/prices';
import { Rng } from '../../../shared/src/demo/rng';
import { PriceIndex, StandardBasis, SurveyHousehold, SurveyMonth } from './entities';
import { addMonths, firstDayOf, monthOf, monthsBetween } from './figures';
import { CATEGORIES, CATEGORY_COLUMN } from './rules';
import type { ExpenditureCategory } from './generated/graphql';

/** The first month of the demo series. */
export const SERIES_BEGINS = '2024-01';
/** The pork cycle (猪周期): hog prices, and food prices with them, swing over about three and a half years. */
const PORK_CYCLE_MONTHS = 42;
/** The month of the Spring Festival: its shopping moves food prices between January and February, year on year. */
const SPRING_FESTIVAL_MONTH: Record<number, number> = { 2023: 1, 2024: 2, 2025: 1, 2026: 2, 2027: 2, 2028: 1 };
/** Food's weight in the CPI basket: about a fifth in China's. */
const FOOD_WEIGHT = 0.2;
/** No one lives on less a month, whatever the income: relatives and neighbours help (350.00). */
const SPENDING_FLOOR_FEN = 35_000;
/** Share of survey households that have left the survey, and why. */
const WITHDRAWN = 0.04;
const WITHDRAWAL_REASONS = ['户主外出务工，无法坚持记账', '全家迁出调查县', '本人要求退出调查', '家庭成员去世，户已注销'];
/** Share of months a household did not hand in its accounts. */
const MONTH_MISSED = 0.03;

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const later = (a: string, b: string) => (a > b ? a : b);
const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

interface MonthIndices {
  month: string;
  cpiTenths: number;
  foodTenths: number;
}

/** Year-on-year CPI and food CPI of each month: core prices drift slowly around 100.6; food follows the pork cycle. */
function indexSeries(rng: Rng, months: string[]): MonthIndices[] {
  const phase = rng.next() * PORK_CYCLE_MONTHS;
  const swing = rng.normal(5, 1, 3.5, 7.5);
  let core = rng.normal(100.6, 0.3, 100, 101.2);
  return months.map((month, i) => {
    core = 100.6 + 0.7 * (core - 100.6) + rng.normal(0, 0.25);
    const [y, m] = month.split('-').map(Number);
    const [now, before] = [SPRING_FESTIVAL_MONTH[y], SPRING_FESTIVAL_MONTH[y - 1]];
    const festival = now === m && before !== m ? 2.5 : before === m && now !== m ? -2.5 : 0;
    const pork = swing * Math.sin((2 * Math.PI * (i + phase)) / PORK_CYCLE_MONTHS);
    const food = clamp(100.8 + pork + festival + rng.normal(0, 0.8), 88, 115);
    const cpi = clamp((1 - FOOD_WEIGHT) * core + FOOD_WEIGHT * food, 98, 104);
    return { month, cpiTenths: Math.round(cpi * 10), foodTenths: Math.round(food * 10) };
  });
}

/** Each category's share of a household's spending: food first (an Engel coefficient near 0.45), more for the ill and for pupils. */
function spendingShares(h: DemoHousehold, city: DemoCity): Record<ExpenditureCategory, number> {
  const members = h.memberKeys.map((k) => city.personByKey.get(k)!);
  const raw: Record<ExpenditureCategory, number> = {
    FOOD: h.urban ? 0.38 : 0.42,
    CLOTHING: 0.05,
    HOUSING: h.urban ? 0.11 : 0.05,
    UTILITIES: 0.07,
    TRANSPORT: 0.06,
    EDUCATION: members.some((m) => m.schooling) ? 0.09 : 0.02,
    MEDICAL: members.some((m) => m.chronicIllness || m.disability) ? 0.14 : 0.06,
    OTHER: 0.06,
  };
  const total = CATEGORIES.reduce((sum, c) => sum + raw[c], 0);
  return Object.fromEntries(CATEGORIES.map((c) => [c, raw[c] / total])) as Record<ExpenditureCategory, number>;
}

/** How a month moves a category: festival food and clothes, winter heating, summer cooling, term fees. */
function seasonal(category: ExpenditureCategory, month: string): number {
  const [y, m] = month.split('-').map(Number);
  const festival = SPRING_FESTIVAL_MONTH[y] === m;
  if (category === 'FOOD') return festival ? 1.12 : 1;
  if (category === 'CLOTHING') return festival ? 1.8 : m === 10 ? 1.3 : 1;
  if (category === 'UTILITIES') return [12, 1, 2].includes(m) ? 1.35 : [7, 8].includes(m) ? 1.15 : 1;
  if (category === 'EDUCATION') return [3, 9].includes(m) ? 2 : 1;
  return 1;
}

/** The city's indices of each month from SERIES_BEGINS, published in the middle of the next, as far as published by the city's today. */
export function demoPriceIndices(city: Pick<DemoCity, 'seed' | 'today'>): Partial<PriceIndex>[] {
  const rng = new Rng(`${city.seed}:prices`);
  const publication = rng.fork('publication');
  const series = indexSeries(rng.fork('indices'), monthsBetween(SERIES_BEGINS, addMonths(monthOf(city.today), -1)));
  const indices: Partial<PriceIndex>[] = [];
  for (const { month, cpiTenths, foodTenths } of series) {
    const publishedOn = addDays(firstDayOf(addMonths(month, 1)), publication.int(9, 17));
    if (publishedOn > city.today) continue;
    for (const [kind, valueTenths] of [
      ['CPI', cpiTenths],
      ['FOOD_CPI', foodTenths],
    ] as const) {
      indices.push({ id: `${month}:${kind}`, kind, month, valueTenths, publishedOn, correctionReason: null, version: 1 });
    }
  }
  return indices;
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:prices`);
  const lastMonth = addMonths(monthOf(city.today), -1);

  const indices = demoPriceIndices(city);
  const foodIndexOf = new Map(indices.filter((i) => i.kind === 'FOOD_CPI').map((i) => [i.month!, i.valueTenths! / 10]));

  // Each county's 低保 standard was set from a food basket priced at the CPI of a quarter before it took effect.
  const basket = rng.fork('basket');
  const bases: Partial<StandardBasis>[] = city.standards
    .filter((s) => s.program === 'MINIMUM_LIVING_ALLOWANCE')
    .map((s) => ({
      regionCode: s.regionCode,
      standardFen: String(s.monthlyAmountFen),
      effectiveFrom: s.effectiveFrom,
      foodBasketFen: String(Math.round(s.monthlyAmountFen / basket.normal(2.2, 0.1, 2, 2.45) / 10) * 10),
      cpiMonth: addMonths(monthOf(s.effectiveFrom), -3),
    }));

  // The survey: most households sampled when it began at the end of 2023, the rest rotated in since.
  const sampling = rng.fork('sampling');
  const accounts = rng.fork('accounts');
  const ids = rng.fork('month-ids');
  const households: Partial<SurveyHousehold>[] = [];
  const months: Partial<SurveyMonth>[] = [];
  for (const h of city.households) {
    if (!h.priceSurvey) continue;
    const head = city.personByKey.get(h.headKey)!;
    const since = h.cases.find((c) => c.status === 'ACTIVE' && c.program === surveyStratumOf(h))!.startDate;
    const drawn = sampling.chance(0.7)
      ? addDays('2023-11-15', sampling.int(0, 45))
      : addDays('2024-01-01', sampling.int(0, Math.max(0, daysBetween('2024-01-01', city.today) - 120)));
    const sampledOn = [drawn, addDays(since, sampling.int(7, 40)), addYears(head.birthDate, 16)].reduce(later);
    const leaves = addDays(sampledOn, 120) < addDays(city.today, -15) && sampling.chance(WITHDRAWN);
    const withdrawnOn = leaves ? addDays(sampledOn, sampling.int(120, daysBetween(sampledOn, city.today) - 15)) : null;
    households.push({
      personKey: head.key,
      idNumber: head.idNumber,
      regionCode: h.regionCode,
      stratum: h.priceSurvey.stratum,
      sampledOn,
      status: withdrawnOn ? 'WITHDRAWN' : 'ACTIVE',
      withdrawnOn,
      withdrawnReason: withdrawnOn ? sampling.pick(WITHDRAWAL_REASONS) : null,
      version: 1,
    });

    // What the household has to live on per person: its income and its 低保 benefit; it spends about that.
    const size = h.memberKeys.length;
    const benefitFen = h.cases.find((c) => c.status === 'ACTIVE' && c.program === 'MINIMUM_LIVING_ALLOWANCE')?.monthlyAmountFen ?? 0;
    const spends = Math.max(SPENDING_FLOOR_FEN, (h.perCapitaIncomeFen + benefitFen / size) * accounts.normal(1, 0.08, 0.8, 1.25));
    const shares = spendingShares(h, city);
    const last = withdrawnOn ? addMonths(monthOf(withdrawnOn), -1) : lastMonth;
    for (const month of monthsBetween(later(SERIES_BEGINS, addMonths(monthOf(sampledOn), 1)), last)) {
      const recordedOn = addDays(firstDayOf(addMonths(month, 1)), accounts.int(2, 24));
      if (accounts.chance(MONTH_MISSED) || recordedOn > city.today) continue;
      // Food costs move with food prices, in part: households buy cheaper food when it dearens.
      const foodPrices = 1 + ((foodIndexOf.get(month) ?? 100) - 100) / 100 / 2;
      const row: Partial<SurveyMonth> = { id: uuid(ids), personKey: head.key, month, householdSize: size, recordedOn, version: 1 };
      for (const c of CATEGORIES) {
        const fen = spends * shares[c] * seasonal(c, month) * (c === 'FOOD' ? foodPrices : 1) * accounts.normal(1, 0.07, 0.7, 1.4);
        row[CATEGORY_COLUMN[c]] = String(Math.round(fen));
      }
      months.push(row);
    }
  }

  await insertMany(db, PriceIndex, indices);
  await insertMany(db, StandardBasis, bases);
  await insertMany(db, SurveyHousehold, households);
  await insertMany(db, SurveyMonth, months);
}
