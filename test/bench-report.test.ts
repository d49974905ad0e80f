// The benchmark's report: the targets of issue 6 judged from a run's figures, and the hand-written prose of
// BENCHMARKS.md kept when the figures are rewritten.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchResults, renderFigures, writeReport } from '../scripts/bench/report';
import type { Figures } from '../scripts/bench/run';

const figures = (requestsPerSecond: number, p50: number, p99: number): Figures => ({
  requestsPerSecond,
  latencyMs: { p50, p90: p50, p99, max: p99 },
  requests: requestsPerSecond * 10,
  errors: 0,
});

const dataset = (people: number, oursP50: number) => ({
  people,
  households: Math.round(people / 2.6),
  figures: {
    PersonView: {
      ours: figures(100, oursP50, 200),
      hive: figures(80, 120, 250),
      'hive-rust': figures(120, 80, 150),
      sql: figures(2000, 10, 20),
    },
    HouseholdView: {
      ours: figures(90, 110, 300),
      hive: figures(100, 100, 250),
      'hive-rust': figures(95, 100, 240),
      sql: figures(1800, 5, 9),
    },
    DibaoHouseholdStudents: {},
  },
});

const results = (): BenchResults => ({
  at: '2026-11-29T00:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'test', memoryGiB: 24, node: 'v20' },
  method: {
    connections: 10,
    seconds: 10,
    warmupSeconds: 5,
    rounds: 3,
    loadGenerator: 'autocannon',
    targets: ['ours', 'hive', 'hive-rust', 'sql'],
    operations: ['PersonView', 'HouseholdView'],
  },
  versions: {},
  datasets: [dataset(10_000, 25), { ...dataset(1_000_000, 40), loadSeconds: 180 }],
});

const row = (markdown: string, target: string) => markdown.split('\n').find((line) => line.startsWith(`| ${target} |`));

test('a target the run met is marked yes with its ratio', () => {
  const markdown = renderFigures(results());
  expect(row(markdown, "PersonView at 10,000: our throughput / Hive Gateway's ≥ 1.0")).toBe(
    "| PersonView at 10,000: our throughput / Hive Gateway's ≥ 1.0 | 1.25 | yes |",
  );
  expect(row(markdown, 'Loading 1,000,000 people < 300 s')).toBe('| Loading 1,000,000 people < 300 s | 180 s | yes |');
});

test('a target the run missed is marked no, with the figure that missed it', () => {
  const markdown = renderFigures(results());
  expect(row(markdown, "HouseholdView at 10,000: our throughput / Hive Gateway's ≥ 1.0")).toBe(
    "| HouseholdView at 10,000: our throughput / Hive Gateway's ≥ 1.0 | 0.9 | **no** |",
  );
  expect(row(markdown, "PersonView at 1,000,000: our p50 / direct SQL's ≤ 3")).toBe(
    "| PersonView at 1,000,000: our p50 / direct SQL's ≤ 3 | 4 | **no** |",
  );
  expect(row(markdown, 'PersonView p50 at 1,000,000 / at 10,000 < 1.5')).toBe(
    '| PersonView p50 at 1,000,000 / at 10,000 < 1.5 | 1.6 | **no** |',
  );
});

test('rewriting the figures keeps the prose around them and records the results as JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  const markdown = join(dir, 'BENCHMARKS.md');
  const json = join(dir, 'results.json');
  writeReport(results(), markdown, json);
  const generated = readFileSync(markdown, 'utf8');
  writeFileSync(
    markdown,
    `# Benchmarks\n\nMethod, by hand.\n\n${generated.slice(generated.indexOf('<!-- bench:begin'))}\nReading, by hand.\n`,
  );

  const next = results();
  next.datasets[0].figures.PersonView.ours = figures(150, 20, 100);
  writeReport(next, markdown, json);

  const rewritten = readFileSync(markdown, 'utf8');
  expect(rewritten).toContain('Method, by hand.');
  expect(rewritten).toContain('Reading, by hand.');
  expect(row(rewritten, "PersonView at 10,000: our throughput / Hive Gateway's ≥ 1.0")).toContain('| 1.88 | yes |');
  expect(JSON.parse(readFileSync(json, 'utf8')).datasets[0].figures.PersonView.ours.requestsPerSecond).toBe(150);
});

test('a city loaded by an earlier run keeps the time its load took', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  const json = join(dir, 'results.json');
  writeReport(results(), join(dir, 'BENCHMARKS.md'), json);
  const reused = results();
  delete (reused.datasets[1] as { loadSeconds?: number }).loadSeconds;
  writeReport(reused, join(dir, 'BENCHMARKS.md'), json);
  expect(JSON.parse(readFileSync(json, 'utf8')).datasets[1].loadSeconds).toBe(180);
});

test('a run with a baseline reports this change against it, measured in the same rounds', () => {
  const run = results();
  run.method.baseline = 'main~1 (0123456789ab)';
  run.method.targets = ['ours', 'baseline', 'hive', 'hive-rust', 'sql'];
  run.datasets[0].figures.PersonView.baseline = figures(125, 30, 160);
  const markdown = renderFigures(run);
  expect(row(markdown, 'our gateway at the baseline revision (--baseline: the system before the change)')).toContain('| 125 | 30 |');
  expect(markdown).toContain('This change / the baseline (main~1 (0123456789ab)): throughput **0.8**, p50 0.83, p99 1.25.');
});

test("the cohort's time at 1,000,000 people is judged against 2 s beside the naive plan, with the most grown memory", () => {
  const run = results();
  run.datasets[1].cohort = {
    cohort: { totalCount: 325, firstPage: 20, runs: 10, ms: { min: 420, median: 507, p95: 1487, max: 1487 } },
    naive: { ms: 3197, pages: 38, totalCount: 325 },
    countsAgree: true,
    memoryMb: {
      gateway: { before: 100, peak: 135, after: 120, grewBy: 35 },
      'civil-affairs': { before: 90, peak: 117, after: 95, grewBy: 27 },
    },
  };
  const markdown = renderFigures(run);
  expect(row(markdown, "The cohort's first page and totalCount at 1,000,000 people < 2 s (median)")).toContain('| 0.51 s | yes |');
  expect(row(markdown, "The cohort at 1,000,000 people: no service's memory grows by more than 200 MB")).toContain('| 35 MB | yes |');
  expect(markdown).toContain(
    'Naive / cohort: **6.31**; the counts agree. Most grown resident memory while the cohorts ran: gateway, +35 MB.',
  );
});
