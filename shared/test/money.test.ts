// Money: integer fen inside, two-decimal strings outside, never a float.
import { formatMoney, parseMoney } from '../src/money';
import { MoneyScalar } from '../src/scalars';

test('decimal strings become integer fen', () => {
  expect(parseMoney('798.10')).toBe(79810n);
  expect(parseMoney('798.1')).toBe(79810n);
  expect(parseMoney('0')).toBe(0n);
});

test('fen print with exactly two fraction digits', () => {
  expect(formatMoney(79810)).toBe('798.10');
  expect(formatMoney('5')).toBe('0.05');
  expect(formatMoney(0n)).toBe('0.00');
});

test('sums beyond 2^31 fen and 2^53 stay exact', () => {
  expect(formatMoney('900719925474099312')).toBe('9007199254740993.12');
  expect(parseMoney('9007199254740993.12')).toBe(900719925474099312n);
});

test.each(['-1.00', '1.234', '1e3', 'abc', '', ' 1.00', '01.00'])('%j is refused', (value) => {
  expect(() => parseMoney(value)).toThrow(/non-negative decimal string/);
});

test('the Money scalar refuses a float literal with BAD_USER_INPUT', () => {
  expect(() => MoneyScalar.parseValue(1.5)).toThrow(
    expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
  );
});
