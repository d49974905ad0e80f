// How a verification report weighs what the units gave (核对报告): which items count as income (the income rule table),
// the household's per-capita monthly income against the county's 低保 standard, its assets against the asset rules,
// and a verdict with every reason. Pure: the resolvers read the tables and keep the report.
import { formatMoney } from '../../../../shared/src/money';
import type { VerificationStatus, VerificationVerdict } from '../generated/graphql';
import type { AssetRule, IncomeRule, MissingUnitRow, ReportItem } from './entities';

/** One fact as it came back over the graph, amounts in fen. */
export interface GatheredFact {
  personId: string;
  unit: string;
  kind: string;
  monthlyAmountFen: bigint | null;
  assetValueFen: bigint | null;
  quantity: number | null;
  recordType: string;
  recordId: string;
  asOf: string;
}

/** What a gathering brought back: the facts of the units that answered, and each unit that did not. */
export interface Gathered {
  facts: GatheredFact[];
  answered: string[];
  missing: MissingUnitRow[];
}

export interface ReportBasis {
  gathered: Gathered;
  /** The household's members now (person keys): the income is divided among them. */
  members: readonly string[];
  /** The members the authorisation covers: whose facts were asked. */
  covered: readonly string[];
  incomeRules: readonly IncomeRule[];
  assetRules: readonly AssetRule[];
  /** The county's current 低保 standard (monthly, per person), null when it has none. */
  standardFen: bigint | null;
  regionCode: string;
}

export interface ReportFindings {
  status: VerificationStatus;
  items: ReportItem[];
  householdSize: number;
  monthlyIncomeFen: bigint;
  perCapitaIncomeFen: bigint;
  verdict: VerificationVerdict;
  reasons: string[];
}

/** The report on what was gathered: an incomplete gathering, an uncovered member or an unknown kind decides nothing. */
export function reportOf(basis: ReportBasis): ReportFindings {
  const rules = new Map(basis.incomeRules.map((r) => [r.kind, r]));
  const undetermined: string[] = [];
  const findings: string[] = [];

  for (const m of basis.gathered.missing) undetermined.push(`${m.unit} did not answer (${m.code}): its facts are unknown, not absent`);
  for (const key of basis.members)
    if (!basis.covered.includes(key))
      undetermined.push(`member ${key} is not covered by the authorisation: their income and assets are unknown`);

  let monthlyIncome = 0n;
  const items: ReportItem[] = basis.gathered.facts.map((fact) => {
    const rule = rules.get(fact.kind);
    let countsAsIncome = false;
    let because: string;
    if (fact.monthlyAmountFen === null) because = 'no amount: weighed by the asset rules, if any';
    else if (!rule) {
      because = 'no income rule for this kind';
      undetermined.push(`no income rule says whether ${fact.kind} (${fact.unit}) counts as income`);
    } else {
      countsAsIncome = rule.countsAsIncome;
      because = rule.basis;
      if (countsAsIncome) monthlyIncome += fact.monthlyAmountFen;
    }
    return {
      personId: fact.personId,
      unit: fact.unit,
      kind: fact.kind,
      monthlyAmountFen: fact.monthlyAmountFen?.toString() ?? null,
      assetValueFen: fact.assetValueFen?.toString() ?? null,
      quantity: fact.quantity,
      recordType: fact.recordType,
      recordId: fact.recordId,
      asOf: fact.asOf,
      countsAsIncome,
      rule: because,
    };
  });

  const householdSize = Math.max(basis.members.length, 1);
  const perCapita = monthlyIncome / BigInt(householdSize);
  let disqualified = false;
  if (basis.standardFen === null) undetermined.push(`county ${basis.regionCode} has no 低保 standard to weigh the income against`);
  else if (perCapita >= basis.standardFen) {
    disqualified = true;
    findings.push(`per-capita monthly income ${formatMoney(perCapita)} is not below the standard ${formatMoney(basis.standardFen)}`);
  } else findings.push(`per-capita monthly income ${formatMoney(perCapita)} is below the standard ${formatMoney(basis.standardFen)}`);

  for (const rule of basis.assetRules) {
    const held = items.filter((i) => i.kind === rule.kind).length;
    if (held > rule.maxCount) {
      disqualified = true;
      findings.push(`${held} × ${rule.kind}, at most ${rule.maxCount}: ${rule.basis}`);
    }
  }

  const status: VerificationStatus = basis.gathered.missing.length > 0 ? 'INCOMPLETE' : 'COMPLETED';
  const verdict: VerificationVerdict = undetermined.length > 0 ? 'UNDETERMINED' : disqualified ? 'NOT_ELIGIBLE' : 'ELIGIBLE';
  return {
    status,
    items,
    householdSize,
    monthlyIncomeFen: monthlyIncome,
    perCapitaIncomeFen: perCapita,
    verdict,
    reasons: [...undetermined, ...findings],
  };
}
