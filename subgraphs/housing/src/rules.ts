// The housing rules in one place: the assistance lifecycle, amount bounds per kind, and sane dates.
import { badUserInput } from '../../../shared/src/errors';
import { addYears, cityToday } from '../../../shared/src/dates';
import { formatMoney } from '../../../shared/src/money';
import type { HousingAssistanceKind, HousingAssistanceStatus } from './generated/graphql';

export const NEXT_STATUSES: Record<HousingAssistanceStatus, HousingAssistanceStatus[]> = {
  APPLIED: ['APPROVED', 'REJECTED'],
  APPROVED: ['ACTIVE', 'REJECTED'],
  ACTIVE: ['COMPLETED', 'TERMINATED'],
  COMPLETED: [],
  TERMINATED: [],
  REJECTED: [],
};

export const isFinal = (status: HousingAssistanceStatus) => NEXT_STATUSES[status].length === 0;

export const OPEN_STATUSES: HousingAssistanceStatus[] = ['APPLIED', 'APPROVED', 'ACTIVE'];
const ENDING: HousingAssistanceStatus[] = ['REJECTED', 'COMPLETED', 'TERMINATED'];
const NEEDS_REASON: HousingAssistanceStatus[] = ['REJECTED', 'TERMINATED'];

/** The renovation grant is one-off; rent subsidy and public-rental rent are monthly. */
export const MAX_AMOUNT_FEN: Record<HousingAssistanceKind, bigint> = {
  DILAPIDATED_RENOVATION: 10_000_000n,
  PUBLIC_RENTAL: 500_000n,
  RENT_SUBSIDY: 500_000n,
};

/** An amount within the kind's bound; 0.00 only as a waived public-rental rent (a grant or subsidy of nothing is none). */
export function checkAmount(kind: HousingAssistanceKind, amountFen: bigint | null): void {
  if (amountFen === null) return;
  if (amountFen > MAX_AMOUNT_FEN[kind])
    throw badUserInput('input.amount', `must be at most ${formatMoney(MAX_AMOUNT_FEN[kind])} for ${kind}, got ${formatMoney(amountFen)}`);
  if (amountFen === 0n && kind !== 'PUBLIC_RENTAL') throw badUserInput('input.amount', `must be above 0.00 for ${kind}`);
}

export interface AssistanceChange {
  from: HousingAssistanceStatus;
  to: HousingAssistanceStatus;
  kind: HousingAssistanceKind;
  startDate: string;
  amountFen: bigint | null;
  unitAddress: string | null;
  endDate: string | null;
  reason: string | null;
}

/** Throws BAD_USER_INPUT naming the field and the rule when a change breaks the lifecycle. */
export function checkAssistanceChange(c: AssistanceChange): void {
  const moving = c.from !== c.to;
  if (moving && !NEXT_STATUSES[c.from].includes(c.to)) {
    const allowed = NEXT_STATUSES[c.from];
    throw badUserInput(
      'input.status',
      `a ${c.from} record cannot become ${c.to}; ${allowed.length ? `it can become ${allowed.join(' or ')}` : 'it is final'}`,
    );
  }
  if (moving && NEEDS_REASON.includes(c.to) && !c.reason?.trim())
    throw badUserInput('input.reason', `is required to make a record ${c.to}`);
  if (moving && ENDING.includes(c.to) && !c.endDate) throw badUserInput('input.endDate', `is required to make a record ${c.to}`);
  if (c.endDate && c.endDate < c.startDate) throw badUserInput('input.endDate', `must not be before the start date ${c.startDate}`);
  checkAmount(c.kind, c.amountFen);
  if (moving && (c.to === 'APPROVED' || c.to === 'ACTIVE') && c.amountFen === null) {
    throw badUserInput('input.amount', `is required to make a ${c.kind} record ${c.to}`);
  }
  if (moving && c.to === 'ACTIVE' && !c.unitAddress) {
    throw badUserInput(
      'input.unitAddress',
      `is required to make a ${c.kind} record ACTIVE (the house renovated, the unit allocated or the home rented)`,
    );
  }
}

/** A date within [earliest, today + yearsAhead]; yearsAhead 0 means "not in the future". */
export function checkDate(field: string, date: string, earliest: string, yearsAhead: number, today = cityToday()): void {
  const latest = addYears(today, yearsAhead);
  if (date < earliest || date > latest) {
    throw badUserInput(
      field,
      yearsAhead === 0
        ? `must be between ${earliest} and today (${latest}), got ${date}`
        : `must be between ${earliest} and ${latest}, got ${date}`,
    );
  }
}
