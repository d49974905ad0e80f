// Option parsers the command-line scripts share: a bad value stops the command with a message naming the option.
import { InvalidArgumentError } from 'commander';

/** A whole number from `min` to `max`. */
export const wholeNumber = (option: string, min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`${option} takes a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`);
  return n;
};

/** A comma-separated list of some of `allowed`. */
export const someOf =
  <T extends string>(option: string, allowed: readonly T[]) =>
  (value: string) => {
    const items = value.split(',').map((item) => item.trim());
    const unknown = items.filter((item) => !allowed.includes(item as T));
    if (unknown.length || items.length === 0)
      throw new InvalidArgumentError(`${option} takes some of ${allowed.join(', ')}, comma-separated; got ${JSON.stringify(value)}`);
    return items as T[];
  };

/** A comma-separated list of whole numbers from `min` to `max`. */
export const wholeNumbers = (option: string, min: number, max: number) => (value: string) =>
  value.split(',').map((item) => wholeNumber(option, min, max)(item.trim()));
