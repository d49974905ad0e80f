// The health rules in one place: amount bounds, how a bill is split, program ages, how an enrolment ends, sane dates.
import { addYears, cityToday } from '../../../shared/src/dates';
import { badUserInput } from '../../../shared/src/errors';
import { birthDateOf } from '../../../shared/src/id-number';
import { formatMoney } from '../../../shared/src/money';
import { PublicHealthEnrollment } from './entities';
import type { PublicHealthEndReason, PublicHealthProgram } from './generated/graphql';

/** The largest bill one settlement may carry: 2,000,000.00 yuan. */
export const MAX_SETTLEMENT_FEN = 200_000_000n;
/** The largest grant of emergency medical aid: 200,000.00 yuan. */
export const MAX_EMERGENCY_AID_FEN = 20_000_000n;

/** Medical assistance began in 2003 (rural; urban in 2005); settlements before it are not medical assistance. */
export const SETTLEMENTS_BEGAN = '2003-01-01';
/** The emergency medical aid fund (疾病应急救助) was set up in 2013. */
export const EMERGENCY_AID_BEGAN = '2013-01-01';
/** Basic public-health services began nationwide in the autumn of 2009. */
export const PROGRAMS_BEGAN = '2009-10-01';

/**
 * Who a program is for, in whole years on the enrolment day: children up to 6, people of 65 and over, and
 * hypertension and type 2 diabetes patients from 35 (国家基本公共卫生服务规范).
 */
export const PROGRAM_AGES: Record<PublicHealthProgram, { min?: number; max?: number }> = {
  CHILD_HEALTH_MANAGEMENT: { max: 6 },
  ELDERLY_HEALTH_MANAGEMENT: { min: 65 },
  HYPERTENSION_MANAGEMENT: { min: 35 },
  DIABETES_MANAGEMENT: { min: 35 },
  SEVERE_MENTAL_DISORDER_MANAGEMENT: {},
};

/** A child leaves child health management at 7; only that program ends for AGED_OUT. */
const AGED_OUT_AT: Partial<Record<PublicHealthProgram, number>> = { CHILD_HEALTH_MANAGEMENT: 7 };

/** A date of something that happened: from `earliest`, not before the person was born, not after the city's today. */
export function checkDate(field: string, date: string, earliest: string, idNumber?: string, today = cityToday()): void {
  if (date < earliest || date > today) throw badUserInput(field, `must be between ${earliest} and today (${today}), got ${date}`);
  if (idNumber && date < birthDateOf(idNumber))
    throw badUserInput(field, `must not be before the person was born on ${birthDateOf(idNumber)}`);
}

export interface SettlementAmounts {
  totalCostFen: bigint;
  insurancePaidFen: bigint;
  assistancePaidFen: bigint;
  selfPaidFen: bigint;
}

/** A bill above 0.00 and at most 2,000,000.00, split exactly into what insurance, assistance and the patient paid. */
export function checkSettlementAmounts(a: SettlementAmounts): void {
  if (a.totalCostFen <= 0n || a.totalCostFen > MAX_SETTLEMENT_FEN) {
    throw badUserInput(
      'input.totalCost',
      `must be above 0.00 and at most ${formatMoney(MAX_SETTLEMENT_FEN)}, got ${formatMoney(a.totalCostFen)}`,
    );
  }
  const paid = a.insurancePaidFen + a.assistancePaidFen + a.selfPaidFen;
  if (paid !== a.totalCostFen) {
    throw badUserInput(
      'input.totalCost',
      `${formatMoney(a.totalCostFen)} must equal insurancePaid + assistancePaid + selfPaid = ${formatMoney(paid)}; ` +
        `the difference is ${formatMoney(a.totalCostFen - paid)}`,
    );
  }
}

export function checkEmergencyAidAmount(field: string, amountFen: bigint): void {
  if (amountFen <= 0n || amountFen > MAX_EMERGENCY_AID_FEN) {
    throw badUserInput(field, `must be above 0.00 and at most ${formatMoney(MAX_EMERGENCY_AID_FEN)}, got ${formatMoney(amountFen)}`);
  }
}

/** The person is of the program's ages on the enrolment day (by the ID number's birth date). */
export function checkProgramAge(field: string, program: PublicHealthProgram, idNumber: string, on: string): void {
  const { min, max } = PROGRAM_AGES[program];
  const born = birthDateOf(idNumber);
  if (min !== undefined && on < addYears(born, min)) {
    throw badUserInput(
      field,
      `${program} is for people of ${min} and over; the person (born ${born}) is ${min} only from ${addYears(born, min)}`,
    );
  }
  if (max !== undefined && on >= addYears(born, max + 1)) {
    throw badUserInput(
      field,
      `${program} is for children up to ${max}; the person (born ${born}) was ${max + 1} on ${addYears(born, max + 1)}`,
    );
  }
}

/** Ending an enrolment: once, not before it began; AGED_OUT only from child health management, once the child is 7. */
export function checkEnrollmentEnd(
  current: PublicHealthEnrollment,
  idNumber: string,
  endedOn: string,
  reason: PublicHealthEndReason,
): void {
  if (current.endedOn)
    throw badUserInput('input.id', `the enrolment already ended on ${current.endedOn} (${current.endReason}); an ended enrolment is final`);
  if (endedOn < current.enrolledOn) throw badUserInput('input.endedOn', `must not be before the enrolment on ${current.enrolledOn}`);
  if (reason === 'AGED_OUT') {
    const age = AGED_OUT_AT[current.program];
    if (age === undefined) throw badUserInput('input.reason', `AGED_OUT ends only CHILD_HEALTH_MANAGEMENT, not ${current.program}`);
    const from = addYears(birthDateOf(idNumber), age);
    if (endedOn < from)
      throw badUserInput(
        'input.reason',
        `AGED_OUT: the child (born ${birthDateOf(idNumber)}) is ${age} only from ${from}, after ${endedOn}`,
      );
  }
}
