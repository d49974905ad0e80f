// Ages in 5-year bands (PIPL Art 6, minimum necessary): what callers who may not identify persons get.
import { badUserInput } from './errors';

export const AGE_BAND_YEARS = 5;
/** The last band is open: everyone from this age on. */
export const OLDEST_BAND_FROM = 100;

/** The band of an age: "35-39", and "100+" from 100 on. */
export function ageBand(age: number): string {
  if (age >= OLDEST_BAND_FROM) return `${OLDEST_BAND_FROM}+`;
  const from = Math.floor(age / AGE_BAND_YEARS) * AGE_BAND_YEARS;
  return `${from}-${from + AGE_BAND_YEARS - 1}`;
}

/**
 * Refuses an age range that does not fall on band edges, so that two filters a year apart cannot single
 * out the people born in one year: minAge a multiple of 5, maxAge one less than a multiple of 5.
 */
export function checkBandAligned(minAge: number | null, maxAge: number | null, why: string): void {
  const example = `e.g. minAge: 35, maxAge: 39 for the band 35-39, or minAge: ${OLDEST_BAND_FROM} alone for ${OLDEST_BAND_FROM}+`;
  if (minAge != null && minAge % AGE_BAND_YEARS !== 0) {
    throw badUserInput('filter.minAge', `must be a multiple of ${AGE_BAND_YEARS} (0, 5, 10, …) ${why}; ${example}`);
  }
  if (maxAge != null && (maxAge + 1) % AGE_BAND_YEARS !== 0) {
    throw badUserInput('filter.maxAge', `must be one less than a multiple of ${AGE_BAND_YEARS} (4, 9, 14, …) ${why}; ${example}`);
  }
}
