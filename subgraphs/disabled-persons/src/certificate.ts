// The disability certificate (残疾人证): its number and the dates one may carry.
import { badUserInput } from '../../../shared/src/errors';
import { addYears, cityToday as today } from '../../../shared/src/dates';
import type { DisabilityCategory } from './generated/graphql';

/** GB/T 26341-2010 category digits, the 19th character of the certificate number. */
export const CATEGORY_DIGIT: Record<DisabilityCategory, string> = {
  VISUAL: '1',
  HEARING: '2',
  SPEECH: '3',
  PHYSICAL: '4',
  INTELLECTUAL: '5',
  MENTAL: '6',
  MULTIPLE: '7',
};

/** The third-generation number: the ID number, the category digit and the grade digit. */
export const certificateNumber = (idNumber: string, category: DisabilityCategory, grade: number) =>
  `${idNumber}${CATEGORY_DIGIT[category]}${grade}`;

/** A certificate is valid for at most this long; the migration's check holds the same. */
export const MAX_VALIDITY_YEARS = 10;

/**
 * Issued not in the future and not before the holder was born; valid after the day of issue, for at
 * most ten years, and not already expired (an expired certificate is not issued, the holder is reassessed).
 */
export function checkCertificateDates(issuedOn: string, validUntil: string, birthDate: string, now = new Date()): void {
  if (issuedOn > today(now)) throw badUserInput('input.issuedOn', `must not be in the future (today is ${today(now)})`);
  if (issuedOn < birthDate) throw badUserInput('input.issuedOn', `is before the holder was born (${birthDate})`);
  if (validUntil <= issuedOn) throw badUserInput('input.validUntil', `must be after the day of issue ${issuedOn}`);
  const latest = addYears(issuedOn, MAX_VALIDITY_YEARS);
  if (validUntil > latest)
    throw badUserInput('input.validUntil', `must be at most ${MAX_VALIDITY_YEARS} years after the day of issue, ${latest} at the latest`);
  if (validUntil < today(now)) throw badUserInput('input.validUntil', `has passed (today is ${today(now)}); a certificate is issued valid`);
}
