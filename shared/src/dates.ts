// Calendar dates as YYYY-MM-DD strings: the city's "today", and arithmetic the way PostgreSQL does it.

/** Today's date in the city (China Standard Time): what "today" means on a caseworker's form. */
const cityDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function cityToday(now = new Date()): string {
  return cityDate.format(now);
}

/** The day `days` later (earlier when negative). */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The same day `years` later (earlier when negative); 29 February becomes 28 February, as in PostgreSQL. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, last))).toISOString().slice(0, 10);
}
