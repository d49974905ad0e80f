// The benchmark's results: their shape, the ratios the targets are stated in, and the Markdown tables that
// replace the generated part of BENCHMARKS.md (the prose around it is written by hand).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { projectPath } from '../../shared/src/paths';
import type { Figures } from './run';

export const TARGETS = ['ours', 'ours-unlogged', 'baseline', 'hive', 'hive-rust', 'sql'] as const;
export type TargetName = (typeof TARGETS)[number];
export const OPERATIONS = ['PersonView', 'HouseholdView', 'DibaoHouseholdStudents'] as const;
export type Operation = (typeof OPERATIONS)[number];

const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'our gateway (@apollo/gateway)',
  'ours-unlogged': 'our gateway, access log off (what durable logging costs)',
  baseline: 'our gateway at the baseline revision (--baseline: the system before the change)',
  hive: 'Hive Gateway (JS planner)',
  'hive-rust': 'Hive Gateway (Rust planner)',
  sql: 'direct SQL, no GraphQL (floor)',
};

/** The analysts' saved cohort (scripts/cohort-time.ts), timed on our system beside the naive plan of the same question. */
export interface CohortTiming {
  cohort: { totalCount: number; firstPage: number; runs: number; ms: { min: number; median: number; p95: number; max: number } };
  naive?: { ms: number; pages: number; totalCount: number };
  countsAgree?: boolean;
  memoryMb: Record<string, { before: number; peak: number; after: number; grewBy: number }>;
}

export interface DatasetResult {
  people: number;
  cohort?: CohortTiming;
  households: number;
  /** Seconds `npm run seed` took, when this run loaded the city (or an earlier run of the same size did). */
  loadSeconds?: number;
  figures: Record<Operation, Partial<Record<TargetName, Figures>>>;
}

export interface BenchResults {
  at: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  method: {
    /** The revision the `baseline` target ran, when the run compared one (--baseline). */
    baseline?: string;
    connections: number;
    seconds: number;
    warmupSeconds: number;
    rounds: number;
    loadGenerator: string;
    targets: TargetName[];
    operations: Operation[];
  };
  versions?: Record<string, string>;
  datasets: DatasetResult[];
}

const BEGIN = '<!-- bench:begin (written by npm run bench; edit the prose outside these markers) -->';
const END = '<!-- bench:end -->';

const VERSIONED = [
  '@apollo/gateway',
  '@apollo/server',
  'graphql',
  '@graphql-hive/gateway-runtime',
  '@graphql-hive/router-runtime',
  'pg',
  'autocannon',
];

const installedVersion = (name: string) =>
  JSON.parse(readFileSync(projectPath('node_modules', name, 'package.json'), 'utf8')).version as string;

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const ratio = (a?: number, b?: number) => (a !== undefined && b ? round(a / b) : undefined);
const cell = (x: number | undefined, suffix = '') => (x === undefined ? '–' : `${x}${suffix}`);

/** The ratios the targets are stated in, per dataset and operation. */
export function ratios(dataset: DatasetResult, operation: Operation) {
  const f = dataset.figures[operation] ?? {};
  return {
    throughputOursOverHive: ratio(f.ours?.requestsPerSecond, f.hive?.requestsPerSecond),
    throughputOursOverHiveRust: ratio(f.ours?.requestsPerSecond, f['hive-rust']?.requestsPerSecond),
    p99OursOverHive: ratio(f.ours?.latencyMs.p99, f.hive?.latencyMs.p99),
    p50OursOverSql: ratio(f.ours?.latencyMs.p50, f.sql?.latencyMs.p50),
    throughputLoggedOverUnlogged: ratio(f.ours?.requestsPerSecond, f['ours-unlogged']?.requestsPerSecond),
    p50LoggedOverUnlogged: ratio(f.ours?.latencyMs.p50, f['ours-unlogged']?.latencyMs.p50),
    throughputOverBaseline: ratio(f.ours?.requestsPerSecond, f.baseline?.requestsPerSecond),
    p50OverBaseline: ratio(f.ours?.latencyMs.p50, f.baseline?.latencyMs.p50),
    p99OverBaseline: ratio(f.ours?.latencyMs.p99, f.baseline?.latencyMs.p99),
  };
}

/** The largest growth of any one service's resident memory while the cohorts ran, and which service it was. */
const mostGrown = (timing: CohortTiming) =>
  Object.entries(timing.memoryMb).reduce<[string, number]>(
    (most, [name, m]) => (m.grewBy > most[1] ? [name, m.grewBy] : most),
    ['none', 0],
  );

function cohortLines(timing: CohortTiming): string[] {
  const { cohort, naive } = timing;
  const [service, grew] = mostGrown(timing);
  return [
    '**Cohort** (`test/operations/CohortDibaoSevereDisabledWithoutCare.graphql` as an analyst: members of active 低保 households ' +
      'with a grade 1-2 disability certificate and no severe-care subsidy; its first page and `totalCount`)',
    '',
    '| plan | persons | median ms | p95 ms | runs |',
    '|---|---:|---:|---:|---:|',
    `| cohort (each agency answers its condition as sorted person keys, merged in civil affairs) | ${cohort.totalCount} | ${cohort.ms.median} | ${cohort.ms.p95} | ${cohort.runs} |`,
    ...(naive
      ? [
          `| naive (every page of disabledPersons under the certificate filter, 100 a page, households joined on, 低保 kept by hand) | ${naive.totalCount} | ${naive.ms} | – | 1 (${naive.pages} pages) |`,
        ]
      : []),
    '',
    `Naive / cohort: **${cell(ratio(naive?.ms, cohort.ms.median))}**; the counts ${timing.countsAgree ? 'agree' : timing.countsAgree === false ? '**disagree**' : 'were not compared'}. ` +
      `Most grown resident memory while the cohorts ran: ${service}, +${grew} MB.`,
    '',
  ];
}

function datasetTables(dataset: DatasetResult, method: BenchResults['method']): string {
  const lines = [
    `### ${dataset.people.toLocaleString('en')} people (${dataset.households.toLocaleString('en')} households)`,
    '',
    ...(dataset.loadSeconds
      ? [`Loaded by \`npm run seed -- --people ${dataset.people}\` in **${round(dataset.loadSeconds, 1)} s**.`, '']
      : []),
  ];
  for (const operation of method.operations) {
    const f = dataset.figures[operation] ?? {};
    const r = ratios(dataset, operation);
    lines.push(
      `**${operation}**`,
      '',
      '| target | req/s | p50 ms | p90 ms | p99 ms | errors | req/s by round |',
      '|---|---:|---:|---:|---:|---:|---|',
    );
    for (const target of method.targets) {
      const t = f[target];
      lines.push(
        `| ${TARGET_LABELS[target]} | ${cell(t?.requestsPerSecond)} | ${cell(t?.latencyMs.p50)} | ${cell(t?.latencyMs.p90)} | ${cell(t?.latencyMs.p99)} | ${cell(t?.errors)} | ${t?.rounds?.join(', ') ?? '–'} |`,
      );
    }
    lines.push(
      '',
      `Ours / Hive Gateway: throughput **${cell(r.throughputOursOverHive)}**, p99 ${cell(r.p99OursOverHive)} (Rust planner: throughput ${cell(r.throughputOursOverHiveRust)}). ` +
        `Ours / direct SQL: p50 **${cell(r.p50OursOverSql)}**.` +
        (r.throughputLoggedOverUnlogged === undefined
          ? ''
          : ` Durable access log (on / off): throughput ${cell(r.throughputLoggedOverUnlogged)}, p50 ${cell(r.p50LoggedOverUnlogged)}.`) +
        (r.throughputOverBaseline === undefined
          ? ''
          : ` This change / the baseline (${method.baseline}): throughput **${cell(r.throughputOverBaseline)}**, p50 ${cell(r.p50OverBaseline)}, p99 ${cell(r.p99OverBaseline)}.`),
      '',
    );
  }
  if (dataset.cohort) lines.push(...cohortLines(dataset.cohort));
  return lines.join('\n');
}

/** The targets of issue 6, each with its figure and whether this run met it. */
function targetsTable(results: BenchResults): string {
  const rows: [string, string, boolean | undefined][] = [];
  const largest = results.datasets[results.datasets.length - 1];
  const smallest = results.datasets[0];
  if (largest) {
    for (const operation of ['PersonView', 'HouseholdView'] as const) {
      for (const dataset of results.datasets) {
        const r = ratios(dataset, operation);
        const size = dataset.people.toLocaleString('en');
        rows.push([
          `${operation} at ${size}: our throughput / Hive Gateway's ≥ 1.0`,
          cell(r.throughputOursOverHive),
          r.throughputOursOverHive === undefined ? undefined : r.throughputOursOverHive >= 1,
        ]);
        rows.push([
          `${operation} at ${size}: our p99 / Hive Gateway's ≤ 1.0`,
          cell(r.p99OursOverHive),
          r.p99OursOverHive === undefined ? undefined : r.p99OursOverHive <= 1,
        ]);
      }
    }
    for (const dataset of results.datasets) {
      const r = ratios(dataset, 'PersonView');
      rows.push([
        `PersonView at ${dataset.people.toLocaleString('en')}: our p50 / direct SQL's ≤ 3`,
        cell(r.p50OursOverSql),
        r.p50OursOverSql === undefined ? undefined : r.p50OursOverSql <= 3,
      ]);
    }
    if (smallest !== largest) {
      const growth = ratio(largest.figures.PersonView?.ours?.latencyMs.p50, smallest.figures.PersonView?.ours?.latencyMs.p50);
      rows.push([
        `PersonView p50 at ${largest.people.toLocaleString('en')} / at ${smallest.people.toLocaleString('en')} < 1.5`,
        cell(growth),
        growth === undefined ? undefined : growth < 1.5,
      ]);
    }
    const million = results.datasets.find((d) => d.people === 1_000_000);
    const cohort = million?.cohort;
    rows.push([
      "The cohort's first page and totalCount at 1,000,000 people < 2 s (median)",
      cell(cohort && round(cohort.cohort.ms.median / 1000, 2), ' s'),
      cohort === undefined ? undefined : cohort.cohort.ms.median < 2000,
    ]);
    const grown = cohort && mostGrown(cohort)[1];
    rows.push([
      "The cohort at 1,000,000 people: no service's memory grows by more than 200 MB",
      cell(grown, ' MB'),
      grown === undefined ? undefined : grown <= 200,
    ]);
    const load = million?.loadSeconds;
    rows.push(['Loading 1,000,000 people < 300 s', cell(load && round(load, 1), ' s'), load === undefined ? undefined : load < 300]);
  }
  return [
    '| target | this run | met |',
    '|---|---:|:---:|',
    ...rows.map(([name, value, met]) => `| ${name} | ${value} | ${met === undefined ? 'not measured' : met ? 'yes' : '**no**'} |`),
  ].join('\n');
}

export function renderFigures(results: BenchResults): string {
  const m = results.method;
  return [
    BEGIN,
    '',
    `Run at ${results.at} on ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}. ` +
      `${m.loadGenerator} with ${m.connections} connections; per operation, each target warmed for ${m.warmupSeconds} s, then ${m.rounds} rounds of ${m.seconds} s ` +
      'with the targets in a rotating order. Each figure is the median over the rounds (req/s per round in bench/results.json).',
    '',
    'Versions: ' +
      Object.entries(results.versions ?? {})
        .map(([name, version]) => `${name} ${version}`)
        .join(', ') +
      '.',
    '',
    '### Targets',
    '',
    targetsTable(results),
    '',
    ...results.datasets.map((d) => datasetTables(d, m)),
    END,
  ].join('\n');
}

/** Writes the JSON file and replaces the generated part of the Markdown report (creating it if need be). */
export function writeReport(results: BenchResults, markdownFile: string, jsonFile: string): void {
  const previous: BenchResults | undefined = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : undefined;
  for (const dataset of results.datasets) {
    // A city loaded by an earlier run keeps the time that load took.
    dataset.loadSeconds ??= previous?.datasets.find((d) => d.people === dataset.people)?.loadSeconds;
  }
  results.versions = Object.fromEntries(VERSIONED.map((name) => [name, installedVersion(name)]));
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, JSON.stringify(results, null, 2) + '\n');
  const figures = renderFigures(results);
  const existing = existsSync(markdownFile) ? readFileSync(markdownFile, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const start = existing.indexOf(BEGIN);
  const end = existing.indexOf(END);
  const next =
    start >= 0 && end > start
      ? existing.slice(0, start) + figures + existing.slice(end + END.length)
      : `${existing.trimEnd()}\n\n${figures}\n`;
  writeFileSync(markdownFile, next);
}
