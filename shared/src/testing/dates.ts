// Date arithmetic tests write inputs with: days before or after a YYYY-MM-DD date, and a birth date for an age.
import { addDays, addYears } from '../dates';

/** The date `days` after (negative: before) `date`, both YYYY-MM-DD: the kit's own, for tests that import it from here. */
export { addDays };

/** A birth date that makes a person `years` old on `today`, `days` past the birthday. */
export const bornAged = (today: string, years: number, days = 30) => addDays(addYears(today, -years), -days);
