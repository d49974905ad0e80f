// The finance bureau's share of the demo city: the payees with their accounts on file, the ledger of every monthly
// benefit paid over the last twelve months (a few returned by the bank and paid again the next month), budget lines
// covering each county's year with headroom, the funds allocated to the counties so far, and the last year's
// performance evaluations.
import { DataSource } from 'typeorm';
import { insertMany } from '../../../shared/src/db';
import { addDays, DemoCity, DemoHousehold, uuid } from '../../../shared/src/demo/city';
import { drawAccount, monthlyPaidCases } from '../../../shared/src/demo/finance';
import { Rng } from '../../../shared/src/demo/rng';
import { REGIONS } from '../../../shared/src/regions';
import { Allocation, Budget, Payee, Payment, PerformanceEvaluation } from './entities';
import type { BenefitProgramme, PaymentReturnReason } from './generated/graphql';
import { addMonths, gradeOf, monthOf, NEW_ACCOUNT_REASONS, yearOf } from './rules';

/** The months of benefits the ledger keeps: the twelve before the city's today. */
export const LEDGER_MONTHS = 12;
/** Benefits go into the accounts on the 10th; a case's first month is paid on the day it starts when that is later. */
const PAYDAY = '10';
/** Share of payments the bank sends back (account closed, frozen, …); each is paid again the next month. */
export const RETURN_SHARE = 0.005;
const RETURN_REASONS = [
  ['ACCOUNT_CLOSED', 40],
  ['ACCOUNT_FROZEN', 30],
  ['NAME_MISMATCH', 15],
  ['ACCOUNT_NOT_FOUND', 15],
] as const satisfies readonly (readonly [PaymentReturnReason, number])[];

/** Headroom of a budget line over what its year should need: 5 to 15 percent, rounded up to 10,000.00 yuan. */
const HEADROOM = [5, 15];
const BUDGET_UNIT_FEN = 1_000_000n;
/**
 * The funds of a year go to the counties in tranches: in advance (提前下达) the November before, two through the year,
 * and the rest when the year's accounts are settled (清算) in late December; those dated before today are made.
 */
const TRANCHES = [
  { day: (y: number) => `${y - 1}-11-20`, percent: 40n },
  { day: (y: number) => `${y}-04-15`, percent: 30n },
  { day: (y: number) => `${y}-07-15`, percent: 20n },
  { day: (y: number) => `${y}-12-20`, percent: 10n },
];
/** Who funds a line, in percent: central, provincial, city, and the county the rest; the city funds more of its own districts. */
const SHARES = { urban: [50n, 20n, 20n], county: [60n, 20n, 5n] };
/** Monthly amounts the disability subsidies pay (Henan-like): the living subsidy, and the severe-care subsidy on average. */
const DISABILITY_LIVING_FEN = 8000;
const DISABILITY_CARE_FEN = 9000;
/** Temporary price subsidies are budgeted as three months of 30.00 yuan for each household paid monthly. */
const PRICE_SUBSIDY_RESERVE_FEN = 3 * 3000;

/** 以奖代补: the award of the counties that did best, as a share (per mille) of their year's 低保 and 特困 lines. */
const AWARD_PER_MILLE = { EXCELLENT: 20n, GOOD: 10n, PASS: 0n, FAIL: 0n };
const FINDINGS = {
  good: ['资金拨付及时，社会化发放到位率100%。', '救助对象动态管理规范，按月更新发放名册。', '核对机制运行良好，档案资料齐全。'],
  poor: ['部分乡镇退回资金未及时补发。', '绩效目标设定不够细化，年度预算执行进度滞后。', '资金结余偏高，未及时清理盘活。'],
};

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

interface LedgerDraws {
  ids: Rng;
  returns: Rng;
  accounts: Rng;
}

/**
 * A household's payments, month by month: exactly each monthly case's amount, to the payee, into the account of the
 * day; and the payee's record, with the account on file at the end (the last one paid into).
 */
function ledgerOf(
  h: DemoHousehold,
  idNumber: string,
  today: string,
  draws: LedgerDraws,
): { payee: Partial<Payee>; rows: Partial<Payment>[] } {
  const rows: Partial<Payment>[] = [];
  let account = { bank: h.benefitAccount!.bank, accountNumber: h.benefitAccount!.accountNumber };
  const last = addMonths(monthOf(today), -1);
  for (const c of monthlyPaidCases(h)) {
    const programme = c.program as BenefitProgramme;
    for (let month = later(monthOf(c.startDate), addMonths(monthOf(today), -LEDGER_MONTHS)); month <= last; month = addMonths(month, 1)) {
      const paid = {
        personKey: h.benefitAccount!.payeeKey,
        payeeKey: h.benefitAccount!.payeeKey,
        programme,
        month,
        regionCode: h.regionCode,
        amountFen: String(c.monthlyAmountFen),
        reissueOf: null,
      };
      const payment: Partial<Payment> = {
        ...paid,
        id: uuid(draws.ids),
        paidOn: later(`${month}-${PAYDAY}`, c.startDate),
        ...account,
        status: 'PAID',
        returnedOn: null,
        returnReason: null,
      };
      rows.push(payment);
      if (!draws.returns.chance(RETURN_SHARE)) continue;
      payment.returnedOn = earlier(addDays(payment.paidOn!, draws.returns.int(2, 7)), addDays(today, -1));
      payment.returnReason = draws.returns.weighted(RETURN_REASONS);
      const again = `${addMonths(month, 1)}-${PAYDAY}`;
      // Returned too recently to have been paid again: still outstanding today.
      if (again >= today) {
        payment.status = 'RETURNED';
        continue;
      }
      payment.status = 'REISSUED';
      if (NEW_ACCOUNT_REASONS.includes(payment.returnReason)) account = drawAccount(draws.accounts, h.urban);
      rows.push({
        ...paid,
        id: uuid(draws.ids),
        paidOn: again,
        ...account,
        status: 'PAID',
        returnedOn: null,
        returnReason: null,
        reissueOf: payment.id,
      });
    }
  }
  return { payee: { personKey: h.benefitAccount!.payeeKey, idNumber, ...account }, rows };
}

/** What each county's programmes need in a year, in fen (as numbers: far below 2^53), keyed `region:programme`. */
type Needs = Map<string, number>;
const add = (needs: Needs, region: string, programme: BenefitProgramme, fen: number) =>
  needs.set(`${region}:${programme}`, (needs.get(`${region}:${programme}`) ?? 0) + fen);

/** The needs of every year alike: twelve months of the monthly cases, the disability subsidies, the price-subsidy reserve. */
function steadyNeeds(city: DemoCity): Needs {
  const needs: Needs = new Map();
  for (const h of city.households) {
    const cases = monthlyPaidCases(h);
    for (const c of cases) add(needs, h.regionCode, c.program as BenefitProgramme, c.monthlyAmountFen! * 12);
    if (h.benefitAccount) add(needs, h.regionCode, 'PRICE_SUBSIDY', PRICE_SUBSIDY_RESERVE_FEN);
  }
  for (const p of city.persons) {
    if (!p.disability) continue;
    const assisted = city.householdById.get(p.householdId)!.benefitAccount !== undefined;
    const monthly = (assisted ? DISABILITY_LIVING_FEN : 0) + (p.disability.grade <= 2 ? DISABILITY_CARE_FEN : 0);
    add(needs, p.regionCode, 'DISABILITY_SUBSIDIES', monthly * 12);
  }
  return needs;
}

/** A year's needs: the steady ones, and the temporary assistance granted in that year. */
function yearlyNeeds(city: DemoCity, steady: Needs, year: number): Needs {
  const needs: Needs = new Map(steady);
  for (const h of city.households)
    for (const c of h.cases)
      if (c.program === 'TEMPORARY_ASSISTANCE' && c.startDate.startsWith(`${year}-`))
        add(needs, h.regionCode, 'TEMPORARY_ASSISTANCE', c.oneOffAmountFen!);
  return needs;
}

const PROGRAMMES: BenefitProgramme[] = [
  'MINIMUM_LIVING_ALLOWANCE',
  'EXTREME_POVERTY_SUPPORT',
  'TEMPORARY_ASSISTANCE',
  'DISABILITY_SUBSIDIES',
  'PRICE_SUBSIDY',
];

/** Every county's line of each programme for the year of `needs`: the need with headroom, split among who funds it. */
function budgetsOf(needs: Needs, year: number, rng: Rng): Budget[] {
  return REGIONS.flatMap((region) =>
    PROGRAMMES.map((programme) => {
      const need = BigInt(needs.get(`${region.code}:${programme}`) ?? 0);
      const withHeadroom = (need * BigInt(100 + rng.int(HEADROOM[0], HEADROOM[1]))) / 100n;
      const amount = ((withHeadroom + BUDGET_UNIT_FEN) / BUDGET_UNIT_FEN) * BUDGET_UNIT_FEN;
      const [central, provincial, cityShare] = (region.urban ? SHARES.urban : SHARES.county).map((p) => (amount * p) / 100n);
      return Object.assign(new Budget(), {
        id: uuid(rng),
        year,
        regionCode: region.code,
        programme,
        amountFen: String(amount),
        centralShareFen: String(central),
        provincialShareFen: String(provincial),
        cityShareFen: String(cityShare),
        countyShareFen: String(amount - central - provincial - cityShare),
        version: 1,
      });
    }),
  );
}

/** The tranches of each line dated before today, in whole yuan, each under its document number (文号). */
function allocationsOf(lines: Budget[], today: string, rng: Rng): Partial<Allocation>[] {
  const numbers = new Map<string, number>();
  const rows: Partial<Allocation>[] = [];
  for (const tranche of TRANCHES) {
    for (const line of lines) {
      const day = tranche.day(line.year);
      if (day >= today) continue;
      const docYear = day.slice(0, 4);
      numbers.set(docYear, (numbers.get(docYear) ?? 0) + 1);
      rows.push({
        id: uuid(rng),
        budgetId: line.id,
        allocatedOn: day,
        amountFen: String(((BigInt(line.amountFen) * tranche.percent) / 100n / 100n) * 100n),
        reference: `宛财社〔${docYear}〕${numbers.get(docYear)}号`,
      });
    }
  }
  return rows;
}

/** The evaluation of each county's year, concluded at the end of the next March, when that is past. */
function evaluationsOf(lines: Budget[], year: number, today: string, rng: Rng): Partial<PerformanceEvaluation>[] {
  const evaluatedOn = `${year + 1}-03-31`;
  if (evaluatedOn >= today) return [];
  return REGIONS.map((region) => {
    const score = Math.round(rng.normal(84, 7, 52, 99));
    const grade = gradeOf(score);
    const assistance = lines
      .filter(
        (l) => l.regionCode === region.code && (l.programme === 'MINIMUM_LIVING_ALLOWANCE' || l.programme === 'EXTREME_POVERTY_SUPPORT'),
      )
      .reduce((sum, l) => sum + BigInt(l.amountFen), 0n);
    const findings = [rng.pick(FINDINGS.good), ...(score < 90 ? [rng.pick(FINDINGS.poor)] : [])];
    return {
      id: uuid(rng),
      year,
      regionCode: region.code,
      score,
      grade,
      findings: findings.join(''),
      // In whole yuan.
      awardFen: String(((assistance * AWARD_PER_MILLE[grade]) / 1000n / 100n) * 100n),
      evaluatedOn,
    };
  });
}

export async function seed(db: DataSource, city: DemoCity): Promise<void> {
  const rng = new Rng(`${city.seed}:finance`);
  const draws = { ids: rng.fork('payment-ids'), returns: rng.fork('returns'), accounts: rng.fork('new-accounts') };
  const payees: Partial<Payee>[] = [];
  const payments: Partial<Payment>[] = [];
  for (const h of city.households) {
    if (!h.benefitAccount) continue;
    const ledger = ledgerOf(h, city.personByKey.get(h.benefitAccount.payeeKey)!.idNumber, city.today, draws);
    payees.push(ledger.payee);
    for (const row of ledger.rows) payments.push(row);
  }

  // The years the ledger reaches, and the last complete one for the evaluations.
  const lastYear = yearOf(monthOf(city.today)) - 1;
  const years = [yearOf(addMonths(monthOf(city.today), -LEDGER_MONTHS)), yearOf(monthOf(city.today))].filter(
    (y, i, all) => all.indexOf(y) === i,
  );
  const budgetDraws = rng.fork('budgets');
  const steady = steadyNeeds(city);
  const lines = years.flatMap((year) => budgetsOf(yearlyNeeds(city, steady, year), year, budgetDraws));
  const allocations = allocationsOf(lines, city.today, rng.fork('allocations'));
  const evaluations = evaluationsOf(
    lines.filter((l) => l.year === lastYear),
    lastYear,
    city.today,
    rng.fork('evaluations'),
  );

  await insertMany(db, Budget, lines);
  await insertMany(db, Allocation, allocations);
  await insertMany(db, Payee, payees);
  await insertMany(db, Payment, payments);
  await insertMany(db, PerformanceEvaluation, evaluations);
}
