// The linkage decision of one month (社会救助和保障标准与物价上涨挂钩联动机制): the month's CPI and food CPI against the
// rule in force for it, which trigger fired, and the CPI rise the temporary price subsidy (价格临时补贴) is paid on.
import { DataSource } from 'typeorm';
import { badUserInput } from '../../../shared/src/errors';
import { PriceIndex, PriceLinkageRule } from './entities';
import { formatIndex } from './figures';
import type { PriceLinkageTrigger } from './generated/graphql';

/** What prices decided for a month; the subsidy's figures leave as decimal strings (resolvers/PriceLinkageDecision.ts). */
export interface LinkageDecision {
  month: string;
  cpi: PriceIndex | null;
  foodCpi: PriceIndex | null;
  rule: PriceLinkageRule | null;
  published: boolean;
  triggers: PriceLinkageTrigger[];
  /** The CPI rise year on year in tenths of a percent (36 = 3.6%), when triggered; never below 0. */
  riseTenths: number | null;
  explanation: string;
}

/** A rise in tenths of a percent as the notices write it: 36 -> "3.6", -4 -> "-0.4". */
export const formatRise = (tenths: number) => `${tenths < 0 ? '-' : ''}${Math.floor(Math.abs(tenths) / 10)}.${Math.abs(tenths) % 10}`;

/** "3.5" -> 35: a trigger of the linkage, a rise in percent with one decimal place, 0.1 to `max`. */
export function riseArg(field: string, value: string, maxTenths: number): number {
  const m = /^(\d{1,2})\.(\d)$/.exec(value);
  const tenths = m ? Number(m[1]) * 10 + Number(m[2]) : NaN;
  if (!(tenths >= 1 && tenths <= maxTenths))
    throw badUserInput(
      field,
      `must be a rise in percent with one decimal place, 0.1 to ${formatRise(maxTenths)}, e.g. "3.5", got ${JSON.stringify(value.slice(0, 20))}`,
    );
  return tenths;
}

/** "1.00" -> 100: the multiplier of the subsidy's formula, 0.01 to 10.00. */
export function multiplierArg(field: string, value: string): number {
  const m = /^(\d{1,2})\.(\d{2})$/.exec(value);
  const percent = m ? Number(m[1]) * 100 + Number(m[2]) : NaN;
  if (!(percent >= 1 && percent <= 1000))
    throw badUserInput(field, `must be 0.01 to 10.00 with two decimal places, e.g. "1.00", got ${JSON.stringify(value.slice(0, 20))}`);
  return percent;
}

/** 100 -> "1.00". */
export const formatMultiplier = (percent: number) => `${Math.floor(percent / 100)}.${String(percent % 100).padStart(2, '0')}`;

/** The rule in force for `month`: of the rules covering it, the one adopted last. */
export async function ruleFor(db: DataSource, month: string): Promise<PriceLinkageRule | null> {
  return db
    .getRepository(PriceLinkageRule)
    .createQueryBuilder('r')
    .where('r.validFrom <= :month', { month })
    .andWhere('(r.validTo IS NULL OR r.validTo >= :month)', { month })
    .orderBy('r.seq', 'DESC')
    .getOne();
}

/** The month's decision: published indices against the rule in force. */
export async function decide(db: DataSource, month: string): Promise<LinkageDecision> {
  const [indices, rule] = await Promise.all([
    db.getRepository(PriceIndex).find({ where: [{ id: `${month}:CPI` }, { id: `${month}:FOOD_CPI` }] }),
    ruleFor(db, month),
  ]);
  const cpi = indices.find((i) => i.kind === 'CPI') ?? null;
  const foodCpi = indices.find((i) => i.kind === 'FOOD_CPI') ?? null;
  const base = { month, cpi, foodCpi, rule, triggers: [] as PriceLinkageTrigger[], riseTenths: null };
  if (!cpi || !foodCpi)
    return {
      ...base,
      published: false,
      explanation: `the ${[!cpi && 'CPI', !foodCpi && 'food CPI'].filter(Boolean).join(' and ')} of ${month} is not published: nothing is decided yet`,
    };
  const cpiRise = cpi.valueTenths - 1000;
  const foodRise = foodCpi.valueTenths - 1000;
  const figures = `CPI ${formatIndex(cpi.valueTenths)} (${formatRise(cpiRise)}%), food CPI ${formatIndex(foodCpi.valueTenths)} (${formatRise(foodRise)}%)`;
  if (!rule) return { ...base, published: true, explanation: `${figures}; no linkage rule covers ${month}` };
  const thresholds = `CPI ${formatRise(rule.cpiTriggerTenths)}%, food CPI ${formatRise(rule.foodCpiTriggerTenths)}%`;
  const triggers: PriceLinkageTrigger[] = [];
  if (cpiRise >= rule.cpiTriggerTenths) triggers.push('CPI');
  if (foodRise >= rule.foodCpiTriggerTenths) triggers.push('FOOD_CPI');
  if (!triggers.length)
    return { ...base, published: true, explanation: `${figures}: below both triggers of the rule in force (${thresholds}); not triggered` };
  return {
    ...base,
    published: true,
    triggers,
    riseTenths: Math.max(cpiRise, 0),
    explanation: `${figures}: ${triggers.map((t) => (t === 'CPI' ? 'the CPI' : 'the food CPI')).join(' and ')} reached the trigger of the rule in force (${thresholds}); the subsidy is the 低保 standard times the CPI rise of ${formatRise(Math.max(cpiRise, 0))}% times ${formatMultiplier(rule.multiplierPercent)}, at least the rule's minimum`,
  };
}
