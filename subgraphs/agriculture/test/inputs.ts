// Inputs of the commission's writes for its tests: a new head's second-round contract and a transfer of its land, any field overridden.
import { cityToday } from '../../../shared/src/dates';
import { idNumberSequence } from '../../../shared/src/testing/id-numbers';

export const TODAY = cityToday();
const YEAR = Number(TODAY.slice(0, 4));
/** A second-round term as today sees one: begun 28 years ago, ending at the end of next year (in 2026: 1998-2027). */
export const CONTRACT_START = `${YEAR - 28}-01-01`;
export const CONTRACT_END = `${YEAR + 1}-12-31`;
export const REGION = '411328';

/** A valid ID number no seeded person has: born 1962-03-01 in 唐河县, sequence from a counter. */
export const newIdNumber = idNumberSequence(REGION, '1962-03-01', 100);
let contracts = 0;
/** A contract number no seeded contract has (seeded groups hold a few dozen households, numbered from 0001). */
export const newContractNumber = (region = REGION) => `${region}10520304${String(5000 + contracts++).padStart(4, '0')}J`;

/** A 4.80 mu contract of a household of three in 唐河县, for the second round. */
export const contractInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  number: newContractNumber(),
  villageName: '人民庄',
  memberCount: 3,
  areaMu: 4.8,
  startDate: CONTRACT_START,
  endDate: CONTRACT_END,
  ...overrides,
});

/** 1.50 mu of a contract to a cooperative from today to the contract's end, at 800.00 a mu, arranged for an elderly head. */
export const transferInput = (contractId: string, overrides: Record<string, unknown> = {}) => ({
  contractId,
  transfereeKind: 'COOPERATIVE',
  transfereeName: '唐河县人民庄小麦种植专业合作社',
  areaMu: 1.5,
  annualRent: '1200.00',
  startDate: TODAY,
  endDate: CONTRACT_END,
  specialGroup: 'ELDERLY',
  ...overrides,
});
