// Inputs of the housing bureaus' writes for their tests: a new owner's holding and a new applicant's assistance, any field overridden.
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';

/** A valid ID number no seeded person has: born 1975 in 宛城区, sequence from a counter. */
export const newIdNumber = idNumberSequence('411302', '1975-01-01', 600);

let certificates = 0;
/** A certificate number of a place the demo city never uses, so no seeded holding shares it. */
export const newCertificate = () => `豫(2020)南阳测试不动产权第${String(9_000_000 + ++certificates).padStart(7, '0')}号`;

export const holdingInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411302',
  kind: 'RESIDENTIAL',
  areaSqm: 89.5,
  address: '宛城区人民路1号院3栋2单元501室',
  certificateNumber: newCertificate(),
  registeredOn: '2020-05-18',
  share: 1,
  ...overrides,
});
export const applyInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411302',
  kind: 'RENT_SUBSIDY',
  amount: '450.00',
  startDate: '2026-03-01',
  unitAddress: '宛城区建设路8号',
  ...overrides,
});
