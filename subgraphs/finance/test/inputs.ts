// Inputs of the bureau's writes for its tests: a new recipient's payment, its return and reissue, an allocation; any field overridden.
import { bankCardNumber } from '../../../shared/src/demo/finance';
import { Rng } from '../../../shared/src/demo/rng';
import { addDays } from '../../../shared/src/testing/dates';
import { testIdNumber } from '../../../shared/src/testing/id-numbers';

/**
 * Fixed days in the past of the demo city's budget year (2026), so that the inputs stay valid whatever day the tests
 * run: a payment for October, paid in November, returned three days later and paid again on the 20th.
 */
export const MONTH = '2026-10';
export const PAID_ON = '2026-11-02';
export const RETURNED_ON = '2026-11-05';
export const REISSUED_ON = '2026-11-20';
export const YEAR = 2026;
export const REGION = '411303';

let seq = 0;
/** A valid ID number no seeded person has: born in 1975 in 卧龙区, told apart by a counter. */
export const newIdNumber = () => {
  const n = ++seq;
  return testIdNumber(REGION, addDays('1975-03-01', Math.floor(n / 900)), 100 + (n % 900));
};

const cards = new Rng('finance-test-cards');
/** A valid 19-digit card number of 中国农业银行 (Luhn-checked). */
export const newAccount = () => bankCardNumber(cards, '622848');

/** A temporary price subsidy of 30.00 to a new recipient: its budget line has room for hundreds of them. */
export const paymentInput = (overrides: Record<string, unknown> = {}) => ({
  idNumber: newIdNumber(),
  programme: 'PRICE_SUBSIDY',
  month: MONTH,
  regionCode: REGION,
  amount: '30.00',
  paidOn: PAID_ON,
  bank: '中国农业银行',
  accountNumber: newAccount(),
  ...overrides,
});

let documents = 0;
/** 1.00 of the county's 2026 temporary-assistance line, allocated in November under a new document number. */
export const allocationInput = (overrides: Record<string, unknown> = {}) => ({
  year: YEAR,
  regionCode: REGION,
  programme: 'TEMPORARY_ASSISTANCE',
  allocatedOn: PAID_ON,
  amount: '1.00',
  reference: `宛财社〔2026〕${900 + ++documents}号`,
  ...overrides,
});
