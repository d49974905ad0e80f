// The GB 11643-1999 rules: check character, birth date, format, and what a number tells.
import { birthDateOf, checkCharacter, genderOf, InvalidIdNumber, maskIdNumber, parseIdNumber } from '../src/id-number';

const fault = (raw: string) => {
  try {
    parseIdNumber(raw, new Date('2026-11-29T00:00:00Z'));
    return 'valid';
  } catch (err) {
    return (err as InvalidIdNumber).fault;
  }
};

test('the design example 11010519491231002X is valid', () => {
  expect(parseIdNumber('11010519491231002X')).toBe('11010519491231002X');
});

test('a lower-case x check character is accepted and normalised', () => {
  expect(parseIdNumber('11010519491231002x')).toBe('11010519491231002X');
});

test('the check character is the weighted sum mod 11 mapped to 1 0 X 9 8 7 6 5 4 3 2', () => {
  expect(checkCharacter('11010519491231002')).toBe('X');
  expect(checkCharacter('41130219800101001')).toBe(checkCharacter('41130219800101001'));
});

test('a wrong check character is refused as CHECK_CHARACTER', () => {
  expect(fault('110105194912310021')).toBe('CHECK_CHARACTER');
});

test('an impossible birth date is refused as BIRTH_DATE', () => {
  const first17 = '11010519490230002';
  expect(fault(first17 + checkCharacter(first17))).toBe('BIRTH_DATE');
});

test('a birth date after today is refused as BIRTH_DATE', () => {
  const first17 = '11010520301231002';
  expect(fault(first17 + checkCharacter(first17))).toBe('BIRTH_DATE');
});

test('anything but 17 digits and a digit or X is refused as FORMAT', () => {
  expect(fault('11010519491231002')).toBe('FORMAT');
  expect(fault('1101051949123100XX')).toBe('FORMAT');
  expect(fault("1' OR '1'='1")).toBe('FORMAT');
});

test('birth date and gender are read from the number (odd sequence = male)', () => {
  expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
  expect(genderOf('11010519491231002X')).toBe('FEMALE');
});

test('masking keeps the 6-digit region code only, hiding birth date, sequence and check character', () => {
  expect(maskIdNumber('11010519491231002X')).toBe('110105************');
});
