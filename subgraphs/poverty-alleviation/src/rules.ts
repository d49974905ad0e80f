// The rules of the office's records: who a monitored household is, when monitoring closes, what a support measure may give and how it ends.
import { addYears, cityToday as today } from '../../../shared/src/dates';
import { badUserInput } from '../../../shared/src/errors';
import { formatMoney } from '../../../shared/src/money';
import type { SupportMeasureKind, SupportMeasureStatus } from './generated/graphql';

/** The monitoring mechanism began with the guiding opinion of 2020-03-20 (国开发〔2020〕6号). */
export const MONITORING_BEGAN = '2020-03-20';

/** Members besides the head: a household of ten at most. */
export const MAX_OTHER_MEMBERS = 9;

/** The most a measure gives or lends: 50,000.00 yuan, the ceiling of 脱贫人口小额信贷. */
export const MAX_AMOUNT_FEN = 5_000_000n;

/** A micro-credit loan runs at most three years; other measures are planned at most five. */
export const MICRO_CREDIT_YEARS = 3;
export const MEASURE_YEARS = 5;

/** A measure's statuses after ACTIVE, each final. */
export const CLOSED_STATUSES: SupportMeasureStatus[] = ['COMPLETED', 'TERMINATED'];

/** Each value once, and at least one: `what` names the values in the message. */
export function checkDistinct<T>(field: string, values: readonly T[], what: string): void {
  if (values.length === 0) throw badUserInput(field, `must name at least one ${what}`);
  const repeated = values.find((v, i) => values.indexOf(v) !== i);
  if (repeated !== undefined) throw badUserInput(field, `names ${String(repeated)} twice; give each ${what} once`);
}

/** Identified since the mechanism began, not in the future, and not before a member (whose birth date is given) was born. */
export function checkRegisteredOn(registeredOn: string, births: { field: string; birthDate: string }[], now = new Date()): void {
  if (registeredOn < MONITORING_BEGAN)
    throw badUserInput('input.registeredOn', `must not be before monitoring began on ${MONITORING_BEGAN}`);
  if (registeredOn > today(now)) throw badUserInput('input.registeredOn', `must not be in the future (today is ${today(now)})`);
  const unborn = births.find((b) => b.birthDate > registeredOn);
  if (unborn) throw badUserInput(unborn.field, `was born on ${unborn.birthDate}, after the household was registered on ${registeredOn}`);
}

/** The risk is found eliminated on or after registration and not in the future. */
export function checkEliminatedOn(eliminatedOn: string, registeredOn: string, now = new Date()): void {
  if (eliminatedOn < registeredOn)
    throw badUserInput('input.eliminatedOn', `must not be before the household was registered on ${registeredOn}`);
  if (eliminatedOn > today(now)) throw badUserInput('input.eliminatedOn', `must not be in the future (today is ${today(now)})`);
}

/** Money flows where the kind has it: a loan always, a referral never, the others when they give some. */
export function checkMeasureAmount(kind: SupportMeasureKind, fen: bigint | null): void {
  if (kind === 'MICRO_CREDIT' && fen === null) throw badUserInput('input.amount', 'is required for MICRO_CREDIT: the sum lent');
  if (kind === 'SOCIAL_ASSISTANCE_REFERRAL' && fen !== null)
    throw badUserInput('input.amount', "must be left out for SOCIAL_ASSISTANCE_REFERRAL: the assistance is civil affairs' case");
  if (fen !== null && (fen <= 0n || fen > MAX_AMOUNT_FEN))
    throw badUserInput('input.amount', `must be above 0.00 and at most ${formatMoney(MAX_AMOUNT_FEN)}`);
}

/** A measure starts once the household is registered, at most a year ahead; its planned end follows within its kind's term. */
export function checkMeasureDates(
  kind: SupportMeasureKind,
  startDate: string,
  endDate: string | null,
  registeredOn: string,
  now = new Date(),
): void {
  const limit = addYears(today(now), 1);
  if (startDate < registeredOn) throw badUserInput('input.startDate', `must not be before the household was registered on ${registeredOn}`);
  if (startDate > limit) throw badUserInput('input.startDate', `must not be more than a year ahead (${limit})`);
  if (kind === 'MICRO_CREDIT' && endDate === null)
    throw badUserInput('input.endDate', `is required for MICRO_CREDIT: the loan's term, at most ${MICRO_CREDIT_YEARS} years`);
  if (endDate === null) return;
  if (endDate < startDate) throw badUserInput('input.endDate', `must not be before the start date ${startDate}`);
  const years = kind === 'MICRO_CREDIT' ? MICRO_CREDIT_YEARS : MEASURE_YEARS;
  const latest = addYears(startDate, years);
  if (endDate > latest) throw badUserInput('input.endDate', `must be at most ${years} years after the start (${latest}) for ${kind}`);
}

export interface MeasureChange {
  kind: SupportMeasureKind;
  from: SupportMeasureStatus;
  to: SupportMeasureStatus;
  startDate: string;
  endDate: string;
  reason: string | null;
}

/** Throws BAD_USER_INPUT naming the field and the rule when a change breaks the lifecycle ACTIVE -> COMPLETED or TERMINATED. */
export function checkMeasureChange(c: MeasureChange, now = new Date()): void {
  if (c.from !== 'ACTIVE') throw badUserInput('input.status', `the measure is ${c.from}, which is final`);
  if (!CLOSED_STATUSES.includes(c.to))
    throw badUserInput('input.status', `an ACTIVE measure can become ${CLOSED_STATUSES.join(' or ')}, not ${c.to}`);
  if (c.to === 'TERMINATED' && !c.reason) throw badUserInput('input.reason', 'is required to terminate a measure');
  if (c.endDate < c.startDate) throw badUserInput('input.endDate', `must not be before the start date ${c.startDate}`);
  if (c.endDate > today(now))
    throw badUserInput('input.endDate', `must not be in the future (today is ${today(now)}): the last day it ran`);
  const years = c.kind === 'MICRO_CREDIT' ? MICRO_CREDIT_YEARS : MEASURE_YEARS;
  const latest = addYears(c.startDate, years);
  if (c.endDate > latest) throw badUserInput('input.endDate', `must be at most ${years} years after the start (${latest}) for ${c.kind}`);
}
