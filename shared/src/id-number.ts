// Resident ID numbers (GB 11643-1999): validation naming the fault, and the facts they encode.
import { cityToday } from './dates';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberFault = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_CHARACTER';

export class InvalidIdNumber extends Error {
  constructor(
    readonly fault: IdNumberFault,
    message: string,
  ) {
    super(message);
  }
}

/** The check character that completes the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Returns the number normalised (upper-case X) or throws InvalidIdNumber naming the fault.
 * `today` bounds the birth date so that a number born in the future is refused.
 */
const FORMAT = /^\d{17}[\dX]$/;

/** A value in the shape of a resident ID number (17 digits and a digit or X, spaces and case aside), checked or not. */
export const looksLikeIdNumber = (raw: string) => FORMAT.test(raw.trim().toUpperCase());

export function parseIdNumber(raw: string, today: Date = new Date()): string {
  const value = raw.trim().toUpperCase();
  if (!FORMAT.test(value)) {
    throw new InvalidIdNumber('FORMAT', 'must be 18 characters: 17 digits and a digit or X');
  }
  const birth = value.slice(6, 14);
  if (!isRealDate(birth) || birth > cityToday(today).replace(/-/g, '')) {
    throw new InvalidIdNumber('BIRTH_DATE', `characters 7-14 (${birth}) are not a real past birth date`);
  }
  const expected = checkCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    throw new InvalidIdNumber('CHECK_CHARACTER', `check character is ${value[17]} but the first 17 digits require ${expected}`);
  }
  return value;
}

export const birthDateOf = (idNumber: string) => `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
export const genderOf = (idNumber: string): 'MALE' | 'FEMALE' => (Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE');

/**
 * Keeps only the 6-digit region code: the birth date, the sequence and the check character (which narrows
 * the rest) would single a person out (PIPL Art 6, minimum necessary). Still 18 characters long.
 */
export const maskIdNumber = (idNumber: string) => `${idNumber.slice(0, 6)}${'*'.repeat(12)}`;
