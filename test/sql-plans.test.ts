// PostgreSQL's EXPLAIN plans of the SQL the subgraphs send: every read for entity lookups, analyst lists and
// filters, and access logs is served by an index. (The gateway's federation query plans: federation-plans.test.ts.)
import { DataSource } from 'typeorm';
import { accessLogFieldName } from '../shared/src/audit/resolvers';
import { SentStatement } from '../shared/src/db';
import { REGIONS } from '../shared/src/regions';
import { personRefs, post, subgraphIdentity } from '../shared/src/testing/graphql';
import { AGENCY_NAMES } from '../subgraphs/registry';
import { contractOperation, contractOperationNames } from './support/contract';
import { Federation, startFederation } from './support/federation';

/**
 * Tables that by design hold a few dozen rows whatever the size of the city: reading them whole is the
 * cheapest plan there is, and an index would only be another thing to maintain.
 */
const SMALL_TABLES = new Set([
  // One row per county (13), program and effective date: a few dozen rows, growing by a few a year.
  'assistance_standard',
]);

/** Statements that are not reads of the agency's records: the write bookkeeping and the bootstrap's markers. */
const NOT_RECORD_READS = /\b(idempotency_key|schema_migrations|demo_seed)\b/;

const REGION = REGIONS[0].code;

interface Fixtures {
  /** A member of an active 低保 household, with her household and ID number. */
  personKey: string;
  idNumber: string;
  householdId: string;
  /** endCursor of the first, unfiltered page of each list: a real position to continue after. */
  cursors: Record<string, string>;
}

interface Request {
  role: string;
  query: string;
  variables?: (f: Fixtures) => Record<string, unknown>;
  /** Posted to this subgraph directly, as the gateway would send it, instead of to the gateway. */
  subgraph?: string;
}

interface ListField {
  field: string;
  filterType: string;
  /** One value per filter argument, each tried alone and all together. */
  filter: Record<string, unknown>;
  /** Filter values whose SQL differs from the value above (EXISTS as well as NOT EXISTS). */
  variants?: Record<string, unknown>[];
  role?: string;
}

const ANALYST_LISTS: ListField[] = [
  // A county office's verifications (核对), by county and status.
  { field: 'verifications', filterType: 'VerificationFilter', filter: { regionCode: REGION, status: 'REQUESTED' } },
  {
    field: 'households',
    filterType: 'HouseholdFilter',
    filter: { program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE', regionCode: REGION },
  },
  // Analysts filter ages on 5-year band edges.
  { field: 'persons', filterType: 'PersonFilter', filter: { regionCode: REGION, gender: 'FEMALE', minAge: 60, maxAge: 79 } },
  {
    field: 'students',
    filterType: 'StudentFilter',
    filter: { stage: 'PRIMARY', schoolYear: '2025-2026', aidKind: 'LIVING_ALLOWANCE', lacksAid: 'FEE_WAIVER' },
  },
  {
    field: 'jobSeekers',
    filterType: 'JobSeekerFilter',
    filter: { status: 'UNEMPLOYED', registeredUnemployed: true, withoutService: true, regionCode: REGION },
    variants: [{ withoutService: false }],
  },
  {
    field: 'insuredPersons',
    filterType: 'InsuredPersonFilter',
    filter: { scheme: 'RESIDENT_MEDICAL', status: 'CONTRIBUTING', regionCode: REGION },
  },
  {
    field: 'medicalAssistanceRecipients',
    filterType: 'MedicalAssistanceRecipientFilter',
    filter: { settledFrom: '2025-01-01', settledTo: '2025-12-31', oneStop: true, minSelfPaid: '500.00', regionCode: REGION },
  },
  {
    field: 'housingAssistanceRecipients',
    filterType: 'HousingAssistanceFilter',
    filter: { kind: 'RENT_SUBSIDY', status: 'ACTIVE', regionCode: REGION },
  },
  {
    field: 'propertyHolders',
    filterType: 'PropertyHolderFilter',
    filter: { minHoldings: 2, minTotalAreaSqm: 100, kind: 'RESIDENTIAL', regionCode: REGION },
  },
  // The reason filter needs the detail scope, which analysts do not have.
  {
    field: 'difficultWorkers',
    filterType: 'DifficultWorkerFilter',
    filter: { level: 'DEEP', status: 'ACTIVE', reason: 'ILLNESS', withoutAidSince: '2025-01-01', regionCode: REGION },
    role: 'admin',
  },
  {
    field: 'disabledPersons',
    filterType: 'DisabledPersonFilter',
    filter: { grades: [1, 2], categories: ['PHYSICAL'], lacksSubsidy: 'SEVERE_CARE', regionCode: REGION },
  },
  {
    field: 'supervisionItems',
    filterType: 'SupervisionItemFilter',
    filter: { regionCode: REGION, unit: 'FINANCE', status: 'IN_PROGRESS', category: 'FUNDS', source: 'CITY_ASSIGNMENT', overdue: true },
    variants: [{ overdue: false }],
  },
  {
    field: 'coordinationDecisions',
    filterType: 'CoordinationDecisionFilter',
    filter: { regionCode: REGION, unit: 'CIVIL_AFFAIRS', status: 'OPEN', overdue: true },
    variants: [{ overdue: false }],
  },
  {
    field: 'paymentRecipients',
    filterType: 'PaymentRecipientFilter',
    filter: { regionCode: REGION, programme: 'MINIMUM_LIVING_ALLOWANCE', month: '2026-10', status: 'PAID' },
  },
  {
    field: 'legalAidRecipients',
    filterType: 'LegalAidRecipientFilter',
    filter: { regionCode: REGION, category: 'LABOUR_REMUNERATION', status: 'CLOSED', meansTestWaived: true },
  },
  {
    field: 'mediationParties',
    filterType: 'MediationPartyFilter',
    filter: { regionCode: REGION, programme: 'MINIMUM_LIVING_ALLOWANCE', unit: 'CIVIL_AFFAIRS', status: 'CLOSED', result: 'AGREEMENT' },
  },
  {
    field: 'landHolders',
    filterType: 'LandHolderFilter',
    filter: { regionCode: '411328', transferred: true, specialGroup: 'ELDERLY', minAreaMu: 3 },
    variants: [{ transferred: false }],
  },
  {
    field: 'placedPersons',
    filterType: 'PlacedPersonFilter',
    filter: {
      regionCode: REGION,
      careLevel: 'SELF_CARE',
      kind: 'TOWNSHIP_NURSING_HOME',
      institutionId: '00000000-0000-4000-a000-000000000000',
    },
  },
  {
    field: 'supportInstitutions',
    filterType: 'SupportInstitutionFilter',
    filter: { regionCode: REGION, kind: 'COUNTY_CARE_CENTRE', occupancyAbove: 0.5 },
  },
  {
    field: 'surveyHouseholds',
    filterType: 'SurveyHouseholdFilter',
    filter: { regionCode: REGION, month: '2025-06', stratum: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE' },
  },
  {
    field: 'monitoredPersons',
    filterType: 'MonitoredPersonFilter',
    filter: { regionCode: '411328', category: 'MARGINAL', cause: 'ILLNESS', status: 'MONITORED', withoutMeasure: true },
    variants: [{ withoutMeasure: false }],
  },
];

const ACCESS_LOGS: ListField[] = AGENCY_NAMES.map((name) => ({
  field: accessLogFieldName(name),
  filterType: 'AccessLogFilter',
  // personId is filled in from the fixtures: a person whose reads the log holds.
  filter: { personId: null, subject: 'test-analyst', from: '2025-01-01T00:00:00Z', to: '2099-12-31T00:00:00Z' },
  role: 'auditor',
}));

const LISTS = [...ANALYST_LISTS, ...ACCESS_LOGS];

/** No filter, each argument alone, the variants, and every argument together. */
function filterSets(list: ListField): [string, Record<string, unknown>][] {
  const alone = Object.entries(list.filter).map(([name, value]): [string, Record<string, unknown>] => [
    `filtered by ${name}`,
    { [name]: value },
  ]);
  const variants = (list.variants ?? []).map((v): [string, Record<string, unknown>] => [
    `filtered by ${JSON.stringify(v).replace(/"/g, '')}`,
    v,
  ]);
  return [['unfiltered', {}], ...alone, ...variants, ['filtered by every argument at once', list.filter]];
}

const listQuery = (list: ListField) => `query($filter: ${list.filterType}, $after: String) {
  ${list.field}(filter: $filter, first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}`;

/** The first page with its total, then the page after a real cursor. */
function listRequests(list: ListField, filter: Record<string, unknown>): Request[] {
  const withPerson = (f: Fixtures) => ('personId' in filter ? { ...filter, personId: f.personKey } : filter);
  const role = list.role ?? 'analyst';
  return [
    { role, query: listQuery(list), variables: (f) => ({ filter: withPerson(f) }) },
    { role, query: listQuery(list), variables: (f) => ({ filter: withPerson(f), after: f.cursors[list.field] }) },
  ];
}

const LIST_CASES: [string, Request[]][] = LISTS.flatMap((list) =>
  filterSets(list).map(([how, filter]): [string, Request[]] => [
    `${list.field} ${how}, with totalCount and the next page,`,
    listRequests(list, filter),
  ]),
);

const HISTORY = 'history { at }';
/** Every agency's profile of a person, every nested record and its change history: every loader once. */
const EVERY_PROFILE = `
  id age household { id } ${HISTORY}
  education { studentNumber enrollments { stage ${HISTORY} } aid(includeRevoked: true) { kind ${HISTORY} } }
  employment { status services { kind ${HISTORY} } ${HISTORY} }
  socialInsurance { scheme ${HISTORY} }
  health {
    medicalAssistance(includeReversed: true) { settledOn ${HISTORY} }
    emergencyAid { grantedOn ${HISTORY} }
    publicHealthServices(includeEnded: true) { program ${HISTORY} }
  }
  housing { properties(includeEnded: true) { kind ${HISTORY} } assistance { kind ${HISTORY} } }
  tradeUnion { difficultWorker { level ${HISTORY} } aid(includeRevoked: true) { kind ${HISTORY} } }
  land { annualRent contracts { areaMu ${HISTORY} } transfers { areaMu contract { id } ${HISTORY} } }
  careInstitution { careLevel ${HISTORY} institution { residents ${HISTORY} projects { kind ${HISTORY} } } }
  disability { certificate { grade ${HISTORY} } subsidies { kind ${HISTORY} } }
  payments { nodes { month reissueOf { id } reissuedBy { id } ${HISTORY} } }
  legalAid { cases { status ${HISTORY} } mediations { status ${HISTORY} } }
  priceSurvey { household { stratum ${HISTORY} } months { month ${HISTORY} } }
  povertyAlleviation { household { riskCauses members { id } ${HISTORY} } measures { kind ${HISTORY} } }`;

const CONTRACT_VARIABLES: Record<string, (f: Fixtures) => Record<string, unknown>> = {
  PersonView: (f) => ({ id: f.personKey }),
  PersonByIdNumber: (f) => ({ idNumber: f.idNumber }),
  HouseholdView: (f) => ({ id: f.householdId }),
};

const LOOKUP_CASES: [string, Request[]][] = [
  ...contractOperationNames().map((name): [string, Request[]] => [
    `the contract operation ${name}`,
    [
      {
        // As the contract runs them: analysts get age bands and no school names, not these operations as written.
        role: 'caseworker',
        query: contractOperation(name),
        variables: CONTRACT_VARIABLES[name],
      },
    ],
  ]),
  [
    "every agency's records and change histories of a page of persons, looked up by key in every subgraph,",
    [{ role: 'admin', query: `{ persons(first: 50) { nodes { ${EVERY_PROFILE} } } }` }],
  ],
  [
    'a page of households with heads, members, cases and change histories',
    [
      {
        role: 'admin',
        query: `{ households(first: 50) { nodes { id size head { id } members { id } assistanceCases { program ${HISTORY} } ${HISTORY} } } }`,
      },
    ],
  ],
  [
    'persons and households resolved by key through _entities in civil affairs',
    [
      {
        role: 'admin',
        subgraph: 'civil-affairs',
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id age household { id } } ... on Household { id size } } }`,
        variables: (f) => ({ r: [...personRefs([f.personKey]).r, { __typename: 'Household', id: f.householdId }] }),
      },
    ],
  ],
  [
    "a county resolved by key through _entities in counties, with its townships, coordination and supervision, and a township's county",
    [
      {
        role: 'admin',
        subgraph: 'counties',
        query: `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Region { townships { code } coordination { members { unit } decisions { id }
            meetings { attendees decisions { meeting { id } supervisionItems { id } ${HISTORY} } } }
            supervisionItems { decision { id } progress { reportedOn } ${HISTORY} } }
          ... on Township { code county { code } } } }`,
        variables: () => ({
          r: [
            { __typename: 'Region', code: REGION },
            { __typename: 'Township', code: `${REGION}001` },
          ],
        }),
      },
    ],
  ],
  ['assistance standards of one county', [{ role: 'analyst', query: `{ assistanceStandards(regionCode: "${REGION}") { program } }` }]],
];

let graph: Federation;
let fixtures: Fixtures;

async function send(request: Request): Promise<void> {
  const variables = request.variables?.(fixtures) ?? {};
  const res = request.subgraph
    ? await post(graph.subgraphs[request.subgraph].url, request.query, variables, {
        authorization: `Bearer ${await subgraphIdentity(request.subgraph, request.role, AGENCY_NAMES)}`,
      })
    : await post(graph.gatewayUrl, request.query, variables, await graph.as(request.role));
  expect(res.errors).toBeUndefined();
}

/** The reads of the agency's records each subgraph sent while answering the requests, each once. */
async function readsFor(requests: Request[]): Promise<{ subgraph: string; statement: SentStatement }[]> {
  const running = Object.entries(graph.subgraphs);
  for (const [, s] of running) s.counter.reset();
  for (const request of requests) await send(request);
  return running.flatMap(([subgraph, s]) => {
    const seen = new Set<string>();
    return s.counter.sent
      .filter((st) => /^\s*SELECT\b/i.test(st.sql) && !NOT_RECORD_READS.test(st.sql))
      .filter((st) => !seen.has(st.sql) && Boolean(seen.add(st.sql)))
      .map((statement) => ({ subgraph, statement }));
  });
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** The plan PostgreSQL picks when it may use any index it has rather than read a table from end to end. */
async function planWithIndexesPreferred(db: DataSource, statement: SentStatement): Promise<PlanNode> {
  return db.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_seqscan = off');
    const [row] = await manager.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.parameters);
    return row['QUERY PLAN'][0].Plan;
  });
}

/** What the schema has to serve a table's conditions: its columns, the column each index leads with, partial-index conditions. */
interface TableIndexes {
  columns: Set<string>;
  leading: Set<string>;
  partialConditions: Set<string>;
}

interface Catalog {
  tables: Map<string, TableIndexes>;
  leadingColumnOf: Map<string, string>;
}

async function catalogOf(db: DataSource): Promise<Catalog> {
  const tables = new Map<string, TableIndexes>();
  const table = (name: string) =>
    tables.get(name) ?? tables.set(name, { columns: new Set(), leading: new Set(), partialConditions: new Set() }).get(name)!;
  const columns: { table: string; column: string }[] = await db.query(
    'SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = current_schema()',
  );
  columns.forEach((c) => table(c.table).columns.add(c.column));
  const indexes: { table: string; index: string; leading: string; predicate: string | null }[] = await db.query(
    `SELECT t.relname AS "table", x.relname AS "index", a.attname AS "leading", pg_get_expr(i.indpred, i.indrelid) AS "predicate"
     FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
     WHERE t.relnamespace = current_schema()::regnamespace`,
  );
  const leadingColumnOf = new Map<string, string>();
  for (const index of indexes) {
    leadingColumnOf.set(index.index, index.leading);
    table(index.table).leading.add(index.leading);
    conjuncts(index.predicate ?? '').forEach((c) => table(index.table).partialConditions.add(c));
  }
  return { tables, leadingColumnOf };
}

/** Whether the parenthesis that opens `text` closes at its very end. */
function enclosedWhole(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text[i] === '(') depth++;
    else if (!quoted && text[i] === ')' && --depth === 0) return i === text.length - 1;
  }
  return false;
}

function unwrap(expr: string): string {
  let text = expr.trim();
  while (text.startsWith('(') && enclosedWhole(text)) text = text.slice(1, -1).trim();
  return text;
}

/** The conditions an EXPLAIN expression ANDs together, as EXPLAIN prints them. */
function conjuncts(expr = ''): string[] {
  const text = unwrap(expr);
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text[i] === '(') depth++;
    else if (!quoted && text[i] === ')') depth--;
    else if (!quoted && depth === 0 && text.startsWith(' AND ', i)) {
      parts.push(unwrap(text.slice(start, i)));
      start = i + ' AND '.length;
    }
  }
  return [...parts, unwrap(text.slice(start))].filter(Boolean);
}

const withoutLiterals = (expr: string) => expr.replace(/'(?:[^']|'')*'(::[\w ]+(\[\])?)?/g, "''");

/** The scanned table's own columns in an expression: EXPLAIN prints them bare, another table's qualified. */
function ownColumns(expr: string, table: TableIndexes): Set<string> {
  const names = withoutLiterals(expr).match(/(?<![\w.])[a-z_][a-z0-9_]*(?![\w.(])/g) ?? [];
  return new Set(names.filter((name) => table.columns.has(name)));
}

/** A condition on the scanned table alone (not a join condition, not a subquery's result). */
const restricts = (condition: string) => !/\b[a-z_]\w*\.[a-z_]\w*\b|SubPlan/.test(withoutLiterals(condition));

/**
 * Why a scan reads its table whole to apply conditions only it applies, or null. A scan is served when its
 * index condition constrains the index's leading column; an index scan that does not (it reads the whole
 * index in order, or filters a hashed join's input) passes only if another index leads with a column the
 * conditions restrict, or is partial on one of them: at a test's size the planner may prefer an order to a
 * filter, and at a city's size it will take that index. A sequential scan with sequential scans off means
 * that no index could serve at all.
 */
function unservedScan(catalog: Catalog, tableScan: PlanNode, indexScan: PlanNode): string | null {
  const name = tableScan['Relation Name']!;
  const table = catalog.tables.get(name)!;
  if (SMALL_TABLES.has(name)) return null;
  const restrictions = [...conjuncts(indexScan['Index Cond']), ...conjuncts(tableScan.Filter)].filter(restricts);
  if (restrictions.length === 0) return null;
  const index = indexScan['Index Name'];
  if (index && ownColumns(indexScan['Index Cond'] ?? '', table).has(catalog.leadingColumnOf.get(index)!)) return null;
  const served = (condition: string) =>
    [...ownColumns(condition, table)].some((c) => table.leading.has(c)) || table.partialConditions.has(condition);
  if (index && restrictions.some(served)) return null;
  const columns = [...new Set(restrictions.flatMap((r) => [...ownColumns(r, table)]))].join(', ');
  return `${name} is read whole (${index ? `all of index ${index}` : 'sequential scan'}) for ${columns}: no index leads with ${columns.includes(',') ? 'any of them' : 'it'}`;
}

function bitmapIndexScans(node: PlanNode): PlanNode[] {
  return node['Node Type'] === 'Bitmap Index Scan' ? [node] : (node.Plans ?? []).flatMap(bitmapIndexScans);
}

/** Every table the plan reads whole where an index should serve it. */
function unservedScans(catalog: Catalog, node: PlanNode): string[] {
  let here: string | null = null;
  if (['Seq Scan', 'Index Scan', 'Index Only Scan'].includes(node['Node Type'])) here = unservedScan(catalog, node, node);
  if (node['Node Type'] === 'Bitmap Heap Scan') {
    const verdicts = bitmapIndexScans(node).map((b) => unservedScan(catalog, node, b));
    here = verdicts.includes(null) ? null : verdicts[0];
  }
  return [...(here ? [here] : []), ...(node.Plans ?? []).flatMap((child) => unservedScans(catalog, child))];
}

const catalogs = new Map<string, Catalog>();

async function unindexedReads(requests: Request[]): Promise<string[]> {
  const reads = await readsFor(requests);
  expect(reads.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const { subgraph, statement } of reads) {
    const { db } = graph.subgraphs[subgraph];
    if (!catalogs.has(subgraph)) catalogs.set(subgraph, await catalogOf(db));
    const plan = await planWithIndexesPreferred(db, statement);
    for (const problem of new Set(unservedScans(catalogs.get(subgraph)!, plan))) {
      found.push(
        `${subgraph}: ${problem}, in ${statement.sql.replace(/\s+/g, ' ')} with ${JSON.stringify(statement.parameters).slice(0, 200)}`,
      );
    }
  }
  return found;
}

beforeAll(async () => {
  graph = await startFederation({ people: 1200 });
  for (const s of Object.values(graph.subgraphs)) {
    s.counter.keep = true;
    // Plans as a running city gets them: with statistics of its tables.
    await s.db.query('ANALYZE');
  }
  const [person] = await graph.subgraphs['civil-affairs'].db.query(
    `SELECT p.key, p.id_number, p.household_id FROM person p
     JOIN assistance_case c ON c.household_id = p.household_id AND c.program = 'MINIMUM_LIVING_ALLOWANCE' AND c.status = 'ACTIVE'
     ORDER BY p.key LIMIT 1`,
  );
  fixtures = { personKey: person.key, idNumber: person.id_number, householdId: person.household_id, cursors: {} };
  // A caseworker reads the person, so every access log holds an entry to find and a page to continue after.
  await send({ role: 'caseworker', query: contractOperation('PersonView'), variables: CONTRACT_VARIABLES.PersonView });
  for (const list of LISTS) {
    const res = await post(
      graph.gatewayUrl,
      `{ ${list.field}(first: 1) { pageInfo { endCursor } } }`,
      {},
      await graph.as(list.role ?? 'analyst'),
    );
    expect(res.errors).toBeUndefined();
    fixtures.cursors[list.field] = res.data![list.field].pageInfo.endCursor;
    expect(fixtures.cursors[list.field]).toEqual(expect.any(String));
  }
});
afterAll(() => graph.stop());

test.each([...LOOKUP_CASES, ...LIST_CASES])('%s is served by indexes, reading no table whole', async (_name, requests) => {
  expect(await unindexedReads(requests)).toEqual([]);
});
