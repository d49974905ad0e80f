// Inputs of civil affairs' writes for its tests: a new person, a household headed by one, an assistance case.
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';
import { Write } from '../../../test/support/contract-suite';

/** A valid ID number no seeded person has: born 1993-03-03 in 宛城区, sequence from a counter. */
export const newIdNumber = idNumberSequence('411302', '1993-03-03', 300);

export const personInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  name: '王建国',
  regionCode: '411302',
  ...overrides,
});

/** A new household, headed by a new person. */
export async function newHousehold(write: Write) {
  const head = await write('registerPerson', personInput());
  return write('registerHousehold', { regionCode: '411302', address: '宛城区人民路1号', headId: head.id });
}
