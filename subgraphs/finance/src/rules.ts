// The finance bureau's rules in one place: benefit months, payment amounts and days, account numbers, the payment
// lifecycle (paid, returned, reissued), what a budget line is charged with, when funds may be allocated, grades.
import { cityToday } from '../../../shared/src/dates';
import { badUserInput } from '../../../shared/src/errors';
import { formatMoney } from '../../../shared/src/money';
import { textArg } from '../../../shared/src/writes/rows';
import { Payment } from './entities';
import type { EvaluationGrade, PaymentReturnReason, PaymentStatus } from './generated/graphql';

/** The ledger begins with the Interim Measures for Social Assistance (2014). */
export const FIRST_MONTH = '2014-01';
/** The most one payment may carry: 50,000.00 yuan, far above any monthly benefit or one-off grant. */
export const MAX_PAYMENT_FEN = 5_000_000n;

/** Payments that use their budget line: paid, or returned and owed again. A REISSUED one's money came back. */
export const CHARGED_STATUSES: PaymentStatus[] = ['PAID', 'RETURNED'];

/** Which status may follow which: a payment is returned once, and a returned one is reissued once. */
export const NEXT_STATUSES: Record<PaymentStatus, PaymentStatus[]> = {
  PAID: ['RETURNED'],
  RETURNED: ['REISSUED'],
  REISSUED: [],
};

/** Returns whose account cannot be paid again: the reissue goes into another account. */
export const NEW_ACCOUNT_REASONS: PaymentReturnReason[] = ['ACCOUNT_CLOSED', 'ACCOUNT_NOT_FOUND', 'NAME_MISMATCH'];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A benefit month as YYYY-MM. */
export function monthArg(field: string, value: string): string {
  if (!MONTH.test(value)) throw badUserInput(field, `must be a month as YYYY-MM, got ${JSON.stringify(value.slice(0, 20))}`);
  return value;
}

export const firstDayOf = (month: string) => `${month}-01`;
export const monthOf = (date: string) => date.slice(0, 7);
export const yearOf = (month: string) => Number(month.slice(0, 4));

/** The month `n` months after `month` (before, when negative). */
export function addMonths(month: string, n: number): string {
  const index = yearOf(month) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A benefit month from 2014-01, paid on a day not in the future and not before the month began. */
export function checkPaymentDates(month: string, paidOn: string, today = cityToday()): void {
  if (month < FIRST_MONTH) throw badUserInput('input.month', `must not be before ${FIRST_MONTH}, got ${month}`);
  if (paidOn > today) throw badUserInput('input.paidOn', `must not be in the future (today is ${today})`);
  if (paidOn < firstDayOf(month))
    throw badUserInput('input.paidOn', `must not be before the benefit month ${month} began: benefits are not paid ahead`);
}

export function checkPaymentAmount(field: string, fen: bigint): void {
  if (fen <= 0n || fen > MAX_PAYMENT_FEN) throw badUserInput(field, `must be above 0.00 and at most ${formatMoney(MAX_PAYMENT_FEN)}`);
}

/** Whether the digits pass the Luhn check (ISO/IEC 7812): the last digit checks the others. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]) * (i % 2 === 1 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** A bank card number: 16 to 19 digits (spaces allowed between groups) whose check digit holds. */
export function accountNumberArg(field: string, value: string): string {
  const digits = value.replace(/ /g, '');
  if (!/^\d{16,19}$/.test(digits)) throw badUserInput(field, 'must be a bank card number of 16 to 19 digits');
  if (!passesLuhn(digits)) throw badUserInput(field, 'fails its check digit (Luhn): a digit is mistyped');
  return digits;
}

/** An account to pay into, as an input gives it: its number and bank, both or neither; null when neither. */
export function accountArg(input: { accountNumber?: string | null; bank?: string | null }): { bank: string; accountNumber: string } | null {
  const accountNumber = input.accountNumber != null ? accountNumberArg('input.accountNumber', input.accountNumber) : null;
  const bank = input.bank != null ? textArg('input.bank', input.bank, 50) : null;
  if (bank && !accountNumber) throw badUserInput('input.bank', 'is given only with accountNumber, as the bank of that account');
  if (accountNumber && !bank) throw badUserInput('input.bank', 'is required with accountNumber: the bank of that account');
  return bank && accountNumber ? { bank, accountNumber } : null;
}

/** The account as everyone with the records scope sees it: the bank's first four digits and the last four. */
export const maskAccount = (accountNumber: string) => `${accountNumber.slice(0, 4)} **** **** ${accountNumber.slice(-4)}`;

/** Throws BAD_USER_INPUT naming the field when a payment cannot move to `to`. */
export function checkStatusChange(payment: Payment, to: PaymentStatus, field: string): void {
  if (NEXT_STATUSES[payment.status].includes(to)) return;
  const next = NEXT_STATUSES[payment.status];
  throw badUserInput(
    field,
    `payment ${payment.id} is ${payment.status} and cannot become ${to}; ${next.length ? `it can become ${next.join(' or ')}` : 'that is final'}`,
  );
}

/** A return is recorded on a PAID payment, on a day from the day paid to today. */
export function checkReturn(payment: Payment, returnedOn: string, today = cityToday()): void {
  checkStatusChange(payment, 'RETURNED', 'input.id');
  if (returnedOn < payment.paidOn) throw badUserInput('input.returnedOn', `must not be before the day paid, ${payment.paidOn}`);
  if (returnedOn > today) throw badUserInput('input.returnedOn', `must not be in the future (today is ${today})`);
}

/** A RETURNED payment is paid again on a day from its return to today, into another account when its own cannot take it. */
export function checkReissue(payment: Payment, paidOn: string, accountNumber: string | null, today = cityToday()): void {
  checkStatusChange(payment, 'REISSUED', 'input.paymentId');
  if (paidOn < payment.returnedOn!)
    throw badUserInput('input.paidOn', `must not be before the payment was returned on ${payment.returnedOn}`);
  if (paidOn > today) throw badUserInput('input.paidOn', `must not be in the future (today is ${today})`);
  if (NEW_ACCOUNT_REASONS.includes(payment.returnReason!)) {
    if (!accountNumber)
      throw badUserInput(
        'input.accountNumber',
        `is required: the payment was returned as ${payment.returnReason}, so its account cannot be paid`,
      );
    if (accountNumber === payment.accountNumber)
      throw badUserInput(
        'input.accountNumber',
        `must be another account: the payment was returned from this one as ${payment.returnReason}`,
      );
  }
}

/**
 * Funds of a year's budget are allocated within the year, or in advance from 1 October of the year before (提前下达),
 * and never on a day still to come.
 */
export function checkAllocationDate(year: number, allocatedOn: string, today = cityToday()): void {
  const earliest = `${year - 1}-10-01`;
  const latest = `${year}-12-31`;
  if (allocatedOn < earliest || allocatedOn > latest)
    throw badUserInput('input.allocatedOn', `must be from ${earliest} to ${latest} for the ${year} budget, got ${allocatedOn}`);
  if (allocatedOn > today) throw badUserInput('input.allocatedOn', `must not be in the future (today is ${today})`);
}

/** The grade a score of 0 to 100 earns. */
export const gradeOf = (score: number): EvaluationGrade =>
  score >= 90 ? 'EXCELLENT' : score >= 80 ? 'GOOD' : score >= 60 ? 'PASS' : 'FAIL';
