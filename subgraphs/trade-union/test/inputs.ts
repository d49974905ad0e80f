// Inputs of the trade unions' writes for their tests: a new worker's difficult-worker file and a grant of aid, any field overridden.
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';

/** A valid ID number no seeded person has: born on `birth` (YYYYMMDD) in 卧龙区, sequence from a counter. */
export const newIdNumber = idNumberSequence('411303', '19780315', 700);

export const fileInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  regionCode: '411303',
  level: 'GENERAL',
  reason: 'ILLNESS',
  employerName: '南阳纺织有限公司',
  since: '2024-03-01',
  ...overrides,
});
export const grantInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  kind: 'WARMTH_DELIVERY',
  amount: '800.00',
  grantedOn: '2026-01-15',
  ...overrides,
});
