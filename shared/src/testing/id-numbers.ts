// Valid resident ID numbers for tests that register people: region, birth date and sequence chosen by the test.
import { checkCharacter } from '../id-number';

/** The ID number of a person born on `born` (YYYY-MM-DD or YYYYMMDD) in `region`, with the 3-digit `sequence` (odd: a man). */
export function testIdNumber(region: string, born: string, sequence: number): string {
  const first17 = `${region}${born.replace(/-/g, '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
