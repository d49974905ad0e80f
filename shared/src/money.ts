// Money is integer fen everywhere inside; a decimal string with two fraction digits at the edge.

const MONEY = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** "798.1" -> 79810n fen. Refuses negatives, more than two decimals and anything not a number. */
export function parseMoney(value: string): bigint {
  if (typeof value !== 'string' || !MONEY.test(value)) {
    throw new RangeError('must be a non-negative decimal string with at most two fraction digits, such as "798.10"');
  }
  const [yuan, frac = ''] = value.split('.');
  return BigInt(yuan) * 100n + BigInt(frac.padEnd(2, '0'));
}

/** 79810 (number, bigint or the string pg returns for bigint) -> "798.10". */
export function formatMoney(fen: bigint | number | string): string {
  const value = BigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
