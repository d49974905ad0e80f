// How a verification report weighs what the units gave (src/verification/rules.ts): the income rule table, the
// county's 低保 standard, the asset rules, and when a report decides nothing.
import { reportOf, ReportBasis, GatheredFact } from '../src/verification/rules';

const fact = (kind: string, monthly: bigint | null, personId = 'p1'): GatheredFact => ({
  personId,
  unit: 'human-resources',
  kind,
  monthlyAmountFen: monthly,
  assetValueFen: null,
  quantity: null,
  recordType: 'Record',
  recordId: `${kind}-${personId}`,
  asOf: '2026-11-01',
});

const basis = (facts: GatheredFact[], overrides: Partial<ReportBasis> = {}): ReportBasis => ({
  gathered: { facts, answered: ['human-resources'], missing: [] },
  members: ['p1', 'p2'],
  covered: ['p1', 'p2'],
  incomeRules: [
    { kind: 'CONTRIBUTION_BASE', countsAsIncome: true, basis: 'wages' },
    { kind: 'DISABILITY_LIVING_SUBSIDY', countsAsIncome: false, basis: 'not income' },
  ],
  assetRules: [{ kind: 'PROPERTY_RESIDENTIAL', maxCount: 1, basis: 'one home' }],
  standardFen: 78000n,
  regionCode: '411302',
  ...overrides,
});

test('only the kinds the income rules count are income, divided among every member', () => {
  const report = reportOf(basis([fact('CONTRIBUTION_BASE', 100000n), fact('DISABILITY_LIVING_SUBSIDY', 10000n, 'p2')]));
  expect(report).toMatchObject({
    monthlyIncomeFen: 100000n,
    perCapitaIncomeFen: 50000n,
    householdSize: 2,
    verdict: 'ELIGIBLE',
    status: 'COMPLETED',
  });
  expect(report.items.map((i) => [i.kind, i.countsAsIncome])).toEqual([
    ['CONTRIBUTION_BASE', true],
    ['DISABILITY_LIVING_SUBSIDY', false],
  ]);
});

test('a per-capita income at the standard is not below it', () => {
  expect(reportOf(basis([fact('CONTRIBUTION_BASE', 156000n)])).verdict).toBe('NOT_ELIGIBLE');
  expect(reportOf(basis([fact('CONTRIBUTION_BASE', 155998n)])).verdict).toBe('ELIGIBLE');
});

test('more holdings of an asset than its rule allows disqualify, naming the rule', () => {
  const report = reportOf(basis([fact('PROPERTY_RESIDENTIAL', null), fact('PROPERTY_RESIDENTIAL', null, 'p2')]));
  expect(report.verdict).toBe('NOT_ELIGIBLE');
  expect(report.reasons).toContain('2 × PROPERTY_RESIDENTIAL, at most 1: one home');
});

test('a unit that did not answer makes the report incomplete and undetermined, naming it', () => {
  const report = reportOf(
    basis([], { gathered: { facts: [], answered: [], missing: [{ unit: 'housing', code: 'SUBGRAPH_UNAVAILABLE', message: 'down' }] } }),
  );
  expect(report).toMatchObject({ status: 'INCOMPLETE', verdict: 'UNDETERMINED' });
  expect(report.reasons[0]).toBe('housing did not answer (SUBGRAPH_UNAVAILABLE): its facts are unknown, not absent');
});

test('an amount of a kind no income rule names decides nothing', () => {
  const report = reportOf(basis([fact('BONUS', 1000n)]));
  expect(report.verdict).toBe('UNDETERMINED');
  expect(report.reasons).toContain('no income rule says whether BONUS (human-resources) counts as income');
});

test('a member the authorisation does not cover decides nothing', () => {
  const report = reportOf(basis([], { covered: ['p1'] }));
  expect(report.verdict).toBe('UNDETERMINED');
  expect(report.reasons[0]).toMatch(/member p2 is not covered/);
});

test('a county without a 低保 standard decides nothing', () => {
  expect(reportOf(basis([], { standardFen: null })).verdict).toBe('UNDETERMINED');
});
