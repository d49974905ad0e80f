// What a rule weighs that a key set cannot say. SELF_PAID_MEDICAL_SHARE: the candidates the condition staged (persons
// health settled medical assistance for in 12 months) are weighed over the graph in batches: health's own list of
// them, a hundred a page in person-key order, each with its settlements, as civil affairs' service; each page's
// self-paid totals go to one statement that sets against them the household income civil affairs holds (its latest
// completed verification report, else its latest case's per-capita income times the members, else what its active 低保
// benefit makes up to the county's standard) and keeps as evidence those above the rule's share. Candidates no page weighs, or whose household income civil affairs does not know, are
// not alerted: the run finds only what the records show.
import { addYears, cityToday } from '../../../../shared/src/dates';
import { unavailable } from '../../../../shared/src/errors';
import { GraphRefused } from '../../../../shared/src/graph-client';
import { parseMoney } from '../../../../shared/src/money';
import type { DiscoveryRule, DiscoveryRun } from './entities';
import type { RunKit } from './run';

/** Health's list of whom it settled for since a day, with each one's settlements: a page of candidates to weigh. */
const SETTLEMENTS = `query DiscoverySelfPaid($from: Date!, $after: String) {
  medicalAssistanceRecipients(filter: { settledFrom: $from }, first: 100, after: $after) {
    nodes { id health { medicalAssistance { settledOn selfPaid } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SettlementsPage {
  medicalAssistanceRecipients: {
    nodes: { id: string; health: { medicalAssistance: { settledOn: string; selfPaid: string }[] } | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The share of income a rule's parameters give: a decimal string from 0.01 to 10 (BAD_USER_INPUT otherwise). */
export function shareOfIncome(parameters: Record<string, unknown>): string | null {
  const share = parameters.shareOfIncome;
  if (typeof share !== 'string' || !/^\d{1,2}(\.\d{1,4})?$/.test(share) || Number(share) < 0.01 || Number(share) > 10) return null;
  return share;
}

/**
 * The household income of each staged candidate and whether their self-paid total exceeds its share: the evidence of
 * those it does ($1 the run, $2 the page's totals, $3 the share, $4 when health answered, $5 the period's first day,
 * $6 the run's day).
 */
const WEIGH = `WITH paid AS (
  SELECT t.person_key, t.self_paid_fen FROM jsonb_to_recordset($2::jsonb) AS t(person_key text, self_paid_fen bigint)
), income AS (
  SELECT m.person_key, paid.self_paid_fen, coalesce(report.annual_fen, kase.annual_fen, benefit.annual_fen) AS annual_fen,
         coalesce(report.basis, kase.basis, benefit.basis) AS basis
    FROM discovery_match m
    JOIN paid ON paid.person_key = m.person_key
    JOIN person p ON p.key = m.person_key
    CROSS JOIN LATERAL (SELECT count(*) AS members FROM person x WHERE x.household_id = p.household_id) h
    LEFT JOIN LATERAL (
      SELECT r.monthly_income_fen * 12 AS annual_fen,
             'its verification report of ' || to_char(r.gathered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') || ': '
               || (r.monthly_income_fen / 100.0)::numeric(14, 2) || ' a month' AS basis
        FROM verification_request v JOIN verification_report r ON r.request_id = v.id
       WHERE v.household_id = p.household_id AND r.status = 'COMPLETED'
       ORDER BY r.gathered_at DESC LIMIT 1) report ON true
    LEFT JOIN LATERAL (
      SELECT c.per_capita_income_fen * h.members * 12 AS annual_fen,
             'its ' || c.program || ' case of ' || c.start_date || ': ' || (c.per_capita_income_fen / 100.0)::numeric(14, 2)
               || ' a month per member' AS basis
        FROM assistance_case c
       WHERE c.household_id = p.household_id AND c.per_capita_income_fen IS NOT NULL
       ORDER BY c.start_date DESC, c.id DESC LIMIT 1) kase ON true
    -- A 低保 benefit makes up the income to the county's standard (补差): the standard less the benefit per member.
    LEFT JOIN LATERAL (
      SELECT greatest(s.monthly_amount_fen - c.monthly_amount_fen / h.members, 0) * h.members * 12 AS annual_fen,
             'its active 低保 case: the standard ' || (s.monthly_amount_fen / 100.0)::numeric(14, 2) || ' less the benefit of '
               || (c.monthly_amount_fen / 100.0)::numeric(14, 2) || ' a month for ' || h.members || ' members' AS basis
        FROM assistance_case c
        JOIN LATERAL (
          SELECT st.monthly_amount_fen FROM assistance_standard st
           WHERE st.region_code = c.region_code AND st.program = 'MINIMUM_LIVING_ALLOWANCE' AND st.effective_from <= $6::date
           ORDER BY st.effective_from DESC LIMIT 1) s ON true
       WHERE c.household_id = p.household_id AND c.program = 'MINIMUM_LIVING_ALLOWANCE' AND c.status = 'ACTIVE'
         AND c.monthly_amount_fen IS NOT NULL
       ORDER BY c.start_date DESC, c.id DESC LIMIT 1) benefit ON true
   WHERE m.run_id = $1 AND p.household_id IS NOT NULL
)
UPDATE discovery_match m SET evidence = jsonb_build_array(
    jsonb_build_object('unit', 'health', 'path', 'measure.selfPaid', 'source', 'selfPaidMedicalCosts', 'condition', null,
      'listed', true, 'amountFen', i.self_paid_fen::text, 'asOf', $4::text,
      'said', 'health: self-paid medical costs settled since ' || $5::text || ': ' || (i.self_paid_fen / 100.0)::numeric(14, 2)),
    jsonb_build_object('unit', 'civil-affairs', 'path', 'measure.income', 'source', 'householdIncome', 'condition', null,
      'listed', true, 'amountFen', i.annual_fen::text, 'asOf', $4::text,
      'said', 'civil-affairs: the household''s income for 12 months is ' || (i.annual_fen / 100.0)::numeric(14, 2) || ', from '
        || i.basis || '; self-paid costs above ' || $3::text || ' of it'))
  FROM income i
 WHERE m.run_id = $1 AND m.person_key = i.person_key AND i.annual_fen IS NOT NULL AND i.self_paid_fen > $3::numeric * i.annual_fen`;

/** Weighs the run's staged candidates by the rule's measure; those it does not keep are unstaged. */
export async function weigh(kit: RunKit, run: DiscoveryRun, rule: DiscoveryRule): Promise<void> {
  const share = shareOfIncome(JSON.parse(rule.parameters));
  if (share === null) throw new Error(`rule ${rule.name}: parameters.shareOfIncome is not a share from 0.01 to 10`);
  const from = addYears(cityToday(run.startedAt), -1);
  let after: string | null = null;
  do {
    let page: SettlementsPage['medicalAssistanceRecipients'];
    try {
      ({ medicalAssistanceRecipients: page } = await kit.graph.data<SettlementsPage>(SETTLEMENTS, { from, after }, 'PROACTIVE_DISCOVERY'));
    } catch (err) {
      const units = err instanceof GraphRefused ? [...new Set(err.errors.map((e) => e.extensions?.subgraph).filter(Boolean))] : [];
      throw unavailable(
        `health's self-paid costs could not be read${units.length ? ` (${units.join(', ')} did not answer)` : ''}: ${(err as Error).message}`,
      );
    }
    const totals = page.nodes.map((n) => ({
      person_key: n.id,
      self_paid_fen: (n.health?.medicalAssistance ?? [])
        .filter((s) => s.settledOn >= from)
        .reduce((sum, s) => sum + parseMoney(s.selfPaid), 0n)
        .toString(),
    }));
    await kit.db.query(WEIGH, [run.id, JSON.stringify(totals), share, new Date().toISOString(), from, cityToday(run.startedAt)]);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  await kit.db.query('DELETE FROM discovery_match WHERE run_id = $1 AND evidence IS NULL', [run.id]);
}
