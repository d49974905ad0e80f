// Calendar arithmetic on YYYY-MM-DD strings, in UTC, the way PostgreSQL's date + interval does it.

/** Today's date (UTC). */
export const today = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** The same day `years` later (earlier when negative); 29 February becomes 28 February, as in PostgreSQL. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, last))).toISOString().slice(0, 10);
}
