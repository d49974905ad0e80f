// Valid resident ID numbers for tests that register people: region, birth date and sequence chosen by the test.
import { checkCharacter } from '../id-number';

/** The ID number of a person born on `born` (YYYY-MM-DD or YYYYMMDD) in `region`, with the 3-digit `sequence` (odd: a man). */
export function testIdNumber(region: string, born: string, sequence: number): string {
  const first17 = `${region}${born.replace(/-/g, '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/**
 * New ID numbers for a test file, one each call: sequences counted up from after `from` (a range the file chose so
 * that no seeded person has them), born on `born` in `region` unless a call names another birth date.
 */
export function idNumberSequence(region: string, born: string, from: number): (birth?: string) => string {
  let sequence = from;
  return (birth = born) => testIdNumber(region, birth, ++sequence);
}
