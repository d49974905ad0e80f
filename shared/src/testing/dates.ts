// Date arithmetic tests write inputs with: days before or after a YYYY-MM-DD date, and a birth date for an age.
import { addYears } from '../dates';

/** The date `days` after (negative: before) `date`, both YYYY-MM-DD. */
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A birth date that makes a person `years` old on `today`, `days` past the birthday. */
export const bornAged = (today: string, years: number, days = 30) => addDays(addYears(today, -years), -days);
