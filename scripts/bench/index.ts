// `npm run bench`: our gateway, Hive Gateway (JS and Rust planners) and the direct-SQL floor under the same load,
// over the same subgraphs and data on the real PostgreSQL server, at each city size; writes BENCHMARKS.md's
// figures and bench/results.json.
import { Command } from 'commander';
import { someOf, wholeNumber, wholeNumbers } from '../cli';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { issueUserToken } from '../../shared/src/auth/tokens';
import { loadTokenConfig, schemaNameOf } from '../../shared/src/config';
import { projectPath } from '../../shared/src/paths';
import { REGIONS } from '../../shared/src/regions';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { writeReport, BenchResults, CohortTiming, DatasetResult, OPERATIONS, Operation, TargetName, TARGETS } from './report';
import { Figures, healthy, measure, runScript, Service, startService, stopService, Target } from './run';

const databaseName = (people: number) =>
  `sag_bench_${people % 1_000_000 === 0 ? `${people / 1_000_000}m` : people % 1_000 === 0 ? `${people / 1_000}k` : people}`;

const withDatabase = (serverUrl: string, database: string) => Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

/** Connections per subgraph pool when `systems` systems of `subgraphs` share a server of 100 connections with the floor's 10. */
const poolSizeFor = (subgraphs: number, systems: number) => Math.max(1, Math.floor((100 - 3 - 10) / (systems * subgraphs)));

/**
 * The system as it was at `revision`, built once beside this checkout (its tree from git archive, this checkout's
 * node_modules, the contract beside it as ../shared): `--baseline` runs it as one more target of the same run, so that
 * a change is measured against what it changes on the same machine at the same minutes, the order rotated each round.
 * It measures the code, not a change of dependencies: both run on this checkout's node_modules.
 */
function buildBaseline(revision: string): { root: string; sha: string } {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${revision}^{commit}`], { cwd: projectPath(), encoding: 'utf8' }).trim();
  const parent = join(tmpdir(), `sag-baseline-${sha.slice(0, 12)}`);
  const root = join(parent, 'main');
  if (existsSync(join(root, 'dist', 'scripts', 'start.js'))) return { root, sha };
  rmSync(parent, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  console.log(`building the baseline ${revision} (${sha.slice(0, 12)}) in ${root}…`);
  execFileSync('sh', ['-c', `git archive --format=tar ${sha} | tar -x -C '${root}'`], { cwd: projectPath(), stdio: 'inherit' });
  symlinkSync(projectPath('node_modules'), join(root, 'node_modules'));
  symlinkSync(projectPath('..', 'shared'), join(parent, 'shared'));
  execFileSync(process.execPath, [projectPath('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  return { root, sha };
}

async function query<R>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as R[];
  } finally {
    await client.end();
  }
}

/** The people every agency's schema was seeded with, or null when one of them is missing or differs. */
async function seededPeople(url: string): Promise<number | null> {
  const counts = new Set<number>();
  for (const { name } of SUBGRAPHS) {
    const rows = await query<{ people: number }>(url, `SELECT people FROM "${schemaNameOf(name)}".demo_seed`).catch(() => []);
    if (rows.length !== 1) return null;
    counts.add(Number(rows[0].people));
  }
  return counts.size === 1 ? [...counts][0] : null;
}

/** A database holding a city of `people`, loaded with `npm run seed` unless it already is; the load's time if it ran. */
async function ensureDataset(serverUrl: string, people: number, reseed: boolean): Promise<{ url: string; loadSeconds?: number }> {
  const name = databaseName(people);
  const url = withDatabase(serverUrl, name);
  const exists = await query(withDatabase(serverUrl, 'postgres'), 'SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.length === 0) await query(withDatabase(serverUrl, 'postgres'), `CREATE DATABASE "${name}"`);
  if (!reseed && (await seededPeople(url)) === people) return { url };
  console.log(`loading ${people.toLocaleString('en')} people into ${name}…`);
  const started = Date.now();
  if ((await runScript('scripts/seed.js', ['--people', String(people), '--database-url', url])) !== 0)
    throw new Error(`npm run seed failed for ${people} people`);
  return { url, loadSeconds: (Date.now() - started) / 1000 };
}

/** Persons, households and analyst pages drawn across the whole city, not its first rows. */
async function sampleVariables(url: string, count: number): Promise<Record<Operation, Record<string, unknown>[]>> {
  const persons = await query<{ id: string }>(url, 'SELECT key AS id FROM civil_affairs.person ORDER BY md5(key) LIMIT $1', [count]);
  const households = await query<{ id: string }>(
    url,
    'SELECT id::text AS id FROM civil_affairs.household ORDER BY md5(id::text) LIMIT $1',
    [count],
  );
  return {
    PersonView: persons,
    HouseholdView: households,
    DibaoHouseholdStudents: [{ regionCode: null }, ...REGIONS.map((r) => ({ regionCode: r.code }))],
  };
}

/** Every service samples itself with V8's profiler when asked for profiles (cpu-profile.ts). */
const profiling = (dir?: string): Record<string, string> =>
  dir ? { CPU_PROFILE_DIR: dir, NODE_OPTIONS: `--require ${projectPath('dist', 'scripts', 'bench', 'cpu-profile.js')}` } : {};

/** This process's descendants (Linux /proc), to tell every service to start its profile afresh. */
function descendants(pid: number): number[] {
  let children: number[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Times the saved cohort on our gateway with scripts/cohort-time.ts (ten runs, the naive plan once), its JSON answer. */
async function timeCohort(url: string): Promise<CohortTiming> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [projectPath('dist', 'scripts', 'cohort-time.js'), '--url', url, '--runs', '10'],
    {
      maxBuffer: 1 << 20,
    },
  );
  const timing = JSON.parse(stdout) as CohortTiming;
  console.log(`cohort: ${timing.cohort.totalCount} persons, median ${timing.cohort.ms.median} ms; naive ${timing.naive?.ms} ms`);
  return timing;
}

interface Running {
  services: Service[];
  urls: Record<TargetName, string>;
}

/** The whole system as `npm start` runs it over `url`, plus the two peers and the floor beside it. */
async function startAll(url: string, targets: TargetName[], profileDir?: string, baselineRoot?: string): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sag-bench-'));
  const systems = 1 + Number(targets.includes('ours-unlogged')) + Number(targets.includes('baseline'));
  const services: Service[] = [];
  const systemEnv = {
    DATABASE_URL: url,
    SEED_PEOPLE: '0',
    LOG_LEVEL: 'warn',
    // The systems share the server's 100 connections (97 for us beside its reserved 3), beside the floor's 10: two of
    // fourteen subgraphs each 3 (84). At 6, as for seven, the pools could ask for 168 and the server refused some.
    DATABASE_POOL_SIZE: String(poolSizeFor(SUBGRAPHS.length, systems)),
    // The load comes from one caller at hundreds of requests a second: the per-caller limits raised, explicitly.
    RATE_LIMIT_PER_MINUTE: '100000000',
    QUOTA_PER_DAY: '1000000000',
    ...profiling(profileDir),
  };
  const system = await startService(
    'npm start',
    'scripts/start.js',
    [],
    { ...systemEnv, DATA_DIR: dataDir },
    healthy('http://127.0.0.1:4000/health'),
  );
  services.push(system);
  const supergraph = join(dataDir, 'supergraph.graphql');
  const urls = { ours: 'http://127.0.0.1:4000/graphql' } as Record<TargetName, string>;
  if (targets.includes('ours-unlogged')) {
    // The same system beside the first, 500 ports up, with no access log: the difference is what durable logging costs.
    services.push(
      await startService(
        'npm start (access log off)',
        'scripts/start.js',
        [],
        { ...systemEnv, ACCESS_LOG: 'off', PORT_OFFSET: '500', DATA_DIR: mkdtempSync(join(tmpdir(), 'sag-bench-')) },
        healthy('http://127.0.0.1:4500/health'),
      ),
    );
    urls['ours-unlogged'] = 'http://127.0.0.1:4500/graphql';
  }
  if (targets.includes('baseline') && baselineRoot) {
    // The system before the change, 600 ports up, over the same database (it runs no migration the newer one has not).
    services.push(
      await startService(
        'npm start (baseline)',
        join(baselineRoot, 'dist', 'scripts', 'start.js'),
        [],
        { ...systemEnv, PORT_OFFSET: '600', DATA_DIR: mkdtempSync(join(tmpdir(), 'sag-bench-')) },
        healthy('http://127.0.0.1:4600/health'),
      ),
    );
    urls.baseline = 'http://127.0.0.1:4600/graphql';
  }
  const peers: [TargetName, string, string[]][] = [
    ['hive', 'scripts/bench/hive-gateway.js', ['--supergraph', supergraph, '--port', '4200', '--planner', 'js']],
    ['hive-rust', 'scripts/bench/hive-gateway.js', ['--supergraph', supergraph, '--port', '4201', '--planner', 'rust']],
    ['sql', 'scripts/bench/direct-sql.js', ['--port', '4100', '--database-url', url]],
  ];
  for (const [name, script, args] of peers.filter(([name]) => targets.includes(name))) {
    const service = await startService(name, script, args, { LOG_LEVEL: 'warn', ...profiling(profileDir) });
    services.push(service);
    urls[name] = String(service.ready.url);
  }
  return { services, urls };
}

async function targetsFor(urls: Record<TargetName, string>, operation: Operation): Promise<Target[]> {
  const jwt = loadTokenConfig().jwt;
  // The contract's operations as written need a caseworker: an analyst gets age bands and no school names (issue 10).
  const headers = {
    authorization: `Bearer ${await issueUserToken(jwt, { subject: 'bench', role: 'caseworker' })}`,
    'x-purpose': operation === 'DibaoHouseholdStudents' ? 'PROACTIVE_DISCOVERY' : 'CASE_REVIEW',
  };
  const document = readFileSync(projectPath('..', 'shared', 'contract', 'operations', `${operation}.graphql`), 'utf8');
  return (Object.keys(urls) as TargetName[]).map((name) =>
    name === 'sql'
      ? { name, url: `${urls.sql.replace(/\/$/, '')}/${operation}`, headers: {}, body: (variables) => JSON.stringify({ variables }) }
      : { name, url: urls[name], headers, body: (variables) => JSON.stringify({ query: document, variables }) },
  );
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Every target warmed once, then `rounds` measured runs each, the order rotated every round so that no
 * target always goes first or follows the same neighbour; each figure is the median over the rounds.
 */
async function interleaved(
  targets: Target[],
  variables: Record<string, unknown>[],
  method: { connections: number; seconds: number; warmupSeconds: number; rounds: number },
  report: (round: number, target: string, figures: Figures) => void,
): Promise<Record<TargetName, Figures>> {
  if (method.warmupSeconds > 0)
    for (const target of targets) await measure(target, variables, { ...method, seconds: method.warmupSeconds, warmupSeconds: 0 });
  const runs = new Map<string, Figures[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < method.rounds; round++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(i + round) % targets.length];
      const result = await measure(target, variables, { ...method, warmupSeconds: 0 });
      runs.get(target.name)!.push(result);
      report(round + 1, target.name, result);
    }
  }
  return Object.fromEntries(
    [...runs].map(([name, results]) => [
      name,
      {
        requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
        latencyMs: {
          p50: median(results.map((r) => r.latencyMs.p50)),
          p90: median(results.map((r) => r.latencyMs.p90)),
          p99: median(results.map((r) => r.latencyMs.p99)),
          max: Math.max(...results.map((r) => r.latencyMs.max)),
        },
        requests: results.reduce((n, r) => n + r.requests, 0),
        errors: results.reduce((n, r) => n + r.errors, 0),
        rounds: results.map((r) => r.requestsPerSecond),
      },
    ]),
  ) as Record<TargetName, Figures>;
}

new Command()
  .name('npm run bench --')
  .description(
    'Measures our gateway against Hive Gateway and direct SQL on the local PostgreSQL server; writes BENCHMARKS.md and bench/results.json.',
  )
  .option(
    '--people <list>',
    'city sizes, comma-separated (each is loaded once into sag_bench_<size>)',
    wholeNumbers('--people', 1, 2_000_000),
    [10_000, 1_000_000],
  )
  .option('--database-url <url>', 'the PostgreSQL server', process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  .option('--connections <n>', 'concurrent connections held open by the load generator', wholeNumber('--connections', 1, 1000), 10)
  .option('--seconds <n>', 'measured seconds per round, operation and target', wholeNumber('--seconds', 1, 3600), 10)
  .option('--rounds <n>', 'measured rounds per operation, the targets in a rotating order', wholeNumber('--rounds', 1, 100), 3)
  .option('--warmup <n>', 'unmeasured seconds per operation and target first', wholeNumber('--warmup', 0, 3600), 5)
  .option(
    '--targets <list>',
    `which of ${TARGETS.join(', ')} (baseline only with --baseline, which adds it)`,
    someOf('--targets', TARGETS),
    TARGETS.filter((t) => t !== 'baseline'),
  )
  .option('--baseline <revision>', 'also run the system at this git revision, in the same rounds, and report this change / it')
  .option('--operations <list>', `which of ${OPERATIONS.join(', ')}`, someOf('--operations', OPERATIONS), [...OPERATIONS])
  .option('--reseed', 'reload the city even when the database already holds it')
  .option('--profile <dir>', 'write a V8 CPU profile of every service to this directory')
  .option('--out <file>', 'the Markdown report whose figures are replaced', 'BENCHMARKS.md')
  .option('--json <file>', 'machine-readable results', 'bench/results.json')
  .action(async (opts) => {
    const baseline = opts.baseline ? buildBaseline(opts.baseline as string) : undefined;
    const targets: TargetName[] = (opts.targets as TargetName[]).filter((t) => t !== 'baseline');
    // Beside ours, so that every round compares the two directly.
    if (baseline) targets.splice(targets.indexOf('ours') + 1, 0, 'baseline');
    const operations = opts.operations as Operation[];
    const method = {
      connections: opts.connections as number,
      seconds: opts.seconds as number,
      warmupSeconds: opts.warmup as number,
      rounds: opts.rounds as number,
    };
    const datasets: DatasetResult[] = [];
    for (const people of opts.people as number[]) {
      const { url, loadSeconds } = await ensureDataset(opts.databaseUrl, people, Boolean(opts.reseed));
      const [{ households }] = await query<{ households: string }>(url, 'SELECT count(*) AS households FROM civil_affairs.household');
      const variables = await sampleVariables(url, 2000);
      console.log(`${people.toLocaleString('en')} people: starting the system, the peers and the floor…`);
      const profileDir = opts.profile && join(opts.profile, String(people));
      if (profileDir) mkdirSync(profileDir, { recursive: true });
      const running = await startAll(url, targets, profileDir, baseline?.root);
      // Profiles cover the load only: start-up (module loading, schema building) is dropped here.
      if (profileDir) for (const pid of descendants(process.pid)) process.kill(pid, 'SIGUSR2');
      const figures = {} as DatasetResult['figures'];
      let cohort: CohortTiming | undefined;
      try {
        for (const operation of operations) {
          const targetsOfOperation = await targetsFor(running.urls, operation);
          figures[operation] = await interleaved(targetsOfOperation, variables[operation], method, (round, target, result) =>
            console.log(
              `${people} ${operation} round ${round} ${target}: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ${result.errors} errors`,
            ),
          );
        }
        // The analysts' cohort question, one request at a time after the load: its own figure, not a throughput.
        if (targets.includes('ours')) cohort = await timeCohort(running.urls.ours);
      } finally {
        for (const service of running.services.reverse()) await stopService(service);
      }
      if (profileDir) {
        await runScript('scripts/bench/profile-summary.js', [profileDir, '--flame', 'gateway', '--out', join(profileDir, 'summary.txt')]);
      }
      datasets.push({
        people,
        households: Number(households),
        ...(loadSeconds ? { loadSeconds } : {}),
        figures,
        ...(cohort ? { cohort } : {}),
      });
    }
    const results: BenchResults = {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      method: {
        ...method,
        ...(baseline ? { baseline: `${opts.baseline} (${baseline.sha.slice(0, 12)})` } : {}),
        loadGenerator: 'autocannon',
        targets,
        operations,
      },
      datasets,
    };
    writeReport(results, opts.out, opts.json);
    console.log(`wrote ${opts.out} and ${opts.json}`);
  })
  .parseAsync()
  .catch((err) => {
    console.error(`npm run bench failed: ${err.message}`);
    process.exit(1);
  });
