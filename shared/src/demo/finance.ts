// The finance bureau's latent facts in the demo city: whom each household's monthly benefits are paid to, and into
// which bank account (社会化发放). The bureau's seed draws everything else (payment days, returns, budgets).
import type { DemoCase, DemoCity, DemoHousehold, DemoPerson } from './city';
import { Rng } from './rng';

/** The account a household's monthly benefits are paid into, in the name of the member paid. */
export interface BenefitAccount {
  /** The member paid: the household head. */
  payeeKey: string;
  bank: string;
  /** A 19-digit bank card number, the bank's 6-digit BIN first and a Luhn check digit last. */
  accountNumber: string;
}

declare module './city' {
  interface DemoHousehold {
    /** Where the household's monthly benefits go; absent when it has no active case with a monthly amount. */
    benefitAccount?: BenefitAccount;
  }
}

/** A bank's name and the BIN (first six digits) of its debit cards. */
type Bank = readonly [name: string, bin: string];

/** Banks that pay benefits in the city, by weight: urban and rural households bank differently. */
const URBAN_BANKS: readonly (readonly [Bank, number])[] = [
  [['中国工商银行', '622202'], 30],
  [['中国建设银行', '621700'], 25],
  [['中国农业银行', '622848'], 20],
  [['中国邮政储蓄银行', '621799'], 15],
  [['河南省农村信用社', '623059'], 10],
];
const RURAL_BANKS: readonly (readonly [Bank, number])[] = [
  [['河南省农村信用社', '623059'], 40],
  [['中国邮政储蓄银行', '621799'], 30],
  [['中国农业银行', '622848'], 25],
  [['中国建设银行', '621700'], 5],
];

/** The cases paid month by month: ACTIVE, with a monthly amount (低保 and 特困). */
export const monthlyPaidCases = (h: DemoHousehold): DemoCase[] =>
  h.cases.filter((c) => c.status === 'ACTIVE' && c.monthlyAmountFen !== null);

/** The Luhn check digit that completes `body` (ISO/IEC 7812 card numbers). */
function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Doubled: every second digit counting leftwards from the one next to the check digit.
    let d = Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A new 19-digit card number of a bank: its BIN, 12 drawn digits, the check digit. */
export function bankCardNumber(rng: Rng, bin: string): string {
  const body = bin + Array.from({ length: 12 }, () => rng.int(0, 9)).join('');
  return body + luhnDigit(body);
}

/** A bank for a household, urban or rural, and a card number of it. */
export function drawAccount(rng: Rng, urban: boolean): { bank: string; accountNumber: string } {
  const [bank, bin] = rng.weighted(urban ? URBAN_BANKS : RURAL_BANKS);
  return { bank, accountNumber: bankCardNumber(rng, bin) };
}

/** Gives every household paid monthly its account, in the head's name. */
export function assignFinance(city: Pick<DemoCity, 'households'>, rng: Rng): void {
  for (const h of city.households) {
    if (monthlyPaidCases(h).length === 0) continue;
    h.benefitAccount = { payeeKey: h.headKey, ...drawAccount(rng, h.urban) };
  }
}

/** Whether the finance bureau holds records on `p`: the member a household's monthly benefits are paid to. */
export const holdsFinance = (p: DemoPerson, h: DemoHousehold): boolean => h.benefitAccount?.payeeKey === p.key;
