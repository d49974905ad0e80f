// The benchmark's floor: the three contract operations answered by direct SQL in one process, no GraphQL, each
// with exactly the `data` the graph gives. `npm run bench` starts it with --port and --database-url.
import { Command } from 'commander';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { schemaNameOf } from '../../shared/src/config';
import { formatMoney } from '../../shared/src/money';
import { encodeCursor, pageWindow } from '../../shared/src/pagination';
import { ageOn } from '../../shared/src/scalars';
import { personKeyArg, regionCodeArg, uuidArg } from '../../shared/src/validate';
import { regionOf } from '../../subgraphs/civil-affairs/src/resolvers/Region';
// The orders the resolvers sort by (civil-affairs Household.members, human-resources Person.socialInsurance).
import { RELATION_ORDER } from '../../subgraphs/civil-affairs/src/rules';
import { SCHEMES } from '../../subgraphs/human-resources/src/rules';

export interface DirectSqlFloor {
  PersonView(variables: { id: string }): Promise<unknown>;
  HouseholdView(variables: { id: string }): Promise<unknown>;
  DibaoHouseholdStudents(variables: { regionCode?: string | null; after?: string | null }): Promise<unknown>;
  close(): Promise<void>;
}

export interface DirectSqlFloorOptions {
  databaseUrl: string;
  /** Agency name -> schema name; an agency left out is in schemaNameOf(agency). */
  schemas?: Record<string, string>;
  poolSize?: number;
}

/** What the contract's DibaoHouseholdStudents asks for: `first: 50` of active 低保 households. */
const DIBAO_PAGE = 50;

type Row = Record<string, any>;

// ---- SQL: one statement per request --------------------------------------------------------------------------
// Each operation is ONE statement that builds the whole answer as JSON in PostgreSQL (json_agg subqueries over
// every agency's schema), so a request is one round trip on one pooled connection. Measured in process against one
// statement per agency run concurrently on the same pool of 10 (1M people, 10 concurrent callers): PersonView
// 3,250-3,430 req/s at p50 2.5 ms against 1,140-1,240 req/s at p50 7.8-8.3 ms; HouseholdView, which per agency
// takes two round trips (members first), 2,600-2,670 req/s at p50 3.2 ms against 690-775 at p50 12.5-13.8 ms.
// With one caller the single statement still wins (p50 0.33 ms against 0.50 ms for PersonView).

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

function tablesOf(schemas: Record<string, string>) {
  const table = (agency: string, name: string) => `${quote(schemas[agency] ?? schemaNameOf(agency))}.${name}`;
  return {
    person: table('civil-affairs', 'person'),
    household: table('civil-affairs', 'household'),
    assistanceCase: table('civil-affairs', 'assistance_case'),
    student: table('education', 'student'),
    enrollment: table('education', 'enrollment'),
    educationAid: table('education', 'education_aid'),
    employmentRecord: table('human-resources', 'employment_record'),
    employmentService: table('human-resources', 'employment_service'),
    insurance: table('human-resources', 'social_insurance_enrollment'),
    healthFile: table('health', 'health_file'),
    settlement: table('health', 'medical_assistance_settlement'),
    property: table('housing', 'property_holding'),
    housingAssistance: table('housing', 'housing_assistance'),
    workerFile: table('trade-union', 'difficult_worker_file'),
    unionAid: table('trade-union', 'union_aid'),
    certificate: table('disabled-persons', 'disability_certificate'),
    subsidy: table('disabled-persons', 'disability_subsidy'),
  };
}

type Tables = ReturnType<typeof tablesOf>;

/** json_build_object of output field -> SQL expression, in the operation's field order. */
const object = (fields: Record<string, string>) =>
  `json_build_object(${Object.entries(fields)
    .map(([name, sql]) => `'${name}', ${sql}`)
    .join(', ')})`;
/** One object from the first row of `from` (FROM … WHERE …), null when there is none. */
const one = (fields: Record<string, string>, from: string) => `(SELECT ${object(fields)} FROM ${from})`;
/** The rows of `from` as an array ordered as the resolver orders them, [] when there are none. */
const list = (fields: Record<string, string>, from: string, orderBy: string) =>
  `coalesce((SELECT json_agg(${object(fields)} ORDER BY ${orderBy}) FROM ${from}), '[]')`;
/** array_position in a fixed list: the rank a resolver sorts by. */
const rank = (order: readonly string[], sql: string) => `array_position(ARRAY[${order.map((v) => `'${v}'`).join(', ')}], ${sql})`;

// Every ordering below is the loader's ORDER BY followed by the resolver's sort (a reversed loader list is DESC);
// text tie-breaks compare in "C" order, as the resolvers' localeCompare does on these upper-case enum names. The
// loader ends its order with the primary key, ascending, and a resolver's sort is stable, so each ordering ends with
// the table's id: ASC after a resolver's sort keys, DESC where the resolver reverses the loader's list. (An
// enrolment's key is (person_key, school_year): one person's enrolments are already in a total order.)

const casesOf = (t: Tables, household: string, fields: Record<string, string>) =>
  list(fields, `${t.assistanceCase} c WHERE c.household_id = ${household}`, 'c.start_date DESC, c.id DESC');

/** Members as Household.members orders them: by relation to the head, then by birth date, then by key (twins). */
const membersOf = (t: Tables, household: string, fields: Record<string, string>) =>
  list(
    fields,
    `${t.person} m WHERE m.household_id = ${household}`,
    `${rank(RELATION_ORDER, "coalesce(m.relation_to_head, 'OTHER')")}, m.birth_date, m.key`,
  );

const enrollmentsOf = (t: Tables, key: string, fields: Record<string, string>) =>
  list(fields, `${t.enrollment} e WHERE e.person_key = ${key}`, 'e.school_year DESC');

/** Standing grants only, as EducationProfile.aid without includeRevoked. */
const educationAidOf = (t: Tables, key: string, fields: Record<string, string>) =>
  list(fields, `${t.educationAid} a WHERE a.person_key = ${key} AND a.status = 'GRANTED'`, 'a.granted_on DESC, a.kind COLLATE "C", a.id');

/** Settled ones only, as HealthProfile.medicalAssistance without includeReversed. */
const settlementsOf = (t: Tables, key: string, fields: Record<string, string>) =>
  list(fields, `${t.settlement} s WHERE s.person_key = ${key} AND s.status <> 'REVERSED'`, 's.settled_on DESC, s.id');

const housingAssistanceOf = (t: Tables, key: string, fields: Record<string, string>) =>
  list(fields, `${t.housingAssistance} ha WHERE ha.person_key = ${key}`, 'ha.start_date DESC, ha.id DESC');

/** An agency's profile of a person: there when the agency holds any row on the person in one of `tables`, else null. */
const heldIn = (tables: string[], key: string, fields: Record<string, string>) =>
  `CASE WHEN ${tables.map((table) => `EXISTS (SELECT 1 FROM ${table} WHERE person_key = ${key})`).join(' OR ')} THEN ${object(fields)} END`;

/** The housing profile exists when the bureaus hold any holding (ended ones too) or any assistance. */
const housingOf = (t: Tables, key: string, fields: Record<string, string>) => heldIn([t.property, t.housingAssistance], key, fields);

/** Standing grants only, as TradeUnionProfile.aid without includeRevoked. */
const unionAidOf = (t: Tables, key: string) =>
  list(
    { kind: 'u.kind', amount: 'u.amount_fen', grantedOn: 'u.granted_on' },
    `${t.unionAid} u WHERE u.person_key = ${key} AND u.status <> 'REVOKED'`,
    'u.granted_on DESC, u.id DESC',
  );

/** The union profile exists when the unions hold a difficult-worker file or any aid (revoked too). */
const tradeUnionOf = (t: Tables, key: string, fields: Record<string, string>) => heldIn([t.workerFile, t.unionAid], key, fields);

const subsidiesOf = (t: Tables, key: string) =>
  list(
    { kind: 'd.kind', monthlyAmount: 'd.monthly_amount_fen', status: 'd.status' },
    `${t.subsidy} d WHERE d.person_key = ${key}`,
    'd.start_date DESC, d.kind COLLATE "C", d.id',
  );

function personViewSql(t: Tables): string {
  return `SELECT ${object({
    id: 'p.key',
    name: 'p.name',
    idNumber: 'p.id_number',
    gender: 'p.gender',
    birthDate: 'p.birth_date',
    regionCode: 'p.region_code',
    relationToHead: 'p.relation_to_head',
    household: one(
      {
        id: 'h.id',
        size: `(SELECT count(*) FROM ${t.person} hm WHERE hm.household_id = h.id)`,
        assistanceCases: casesOf(t, 'h.id', { program: 'c.program', status: 'c.status', monthlyAmount: 'c.monthly_amount_fen' }),
      },
      `${t.household} h WHERE h.id = p.household_id`,
    ),
    education: one(
      {
        enrollments: enrollmentsOf(t, 'p.key', {
          schoolName: 'e.school_name',
          stage: 'e.stage',
          grade: 'e.grade',
          schoolYear: 'e.school_year',
        }),
        aid: educationAidOf(t, 'p.key', { kind: 'a.kind', amount: 'a.amount_fen', schoolYear: 'a.school_year' }),
      },
      `${t.student} st WHERE st.person_key = p.key`,
    ),
    employment: one(
      {
        status: 'r.status',
        registeredUnemployed: 'r.registered_unemployed',
        services: list(
          { kind: 'sv.kind', startDate: 'sv.start_date' },
          `${t.employmentService} sv WHERE sv.person_key = p.key`,
          'sv.start_date DESC, sv.kind COLLATE "C", sv.id',
        ),
      },
      `${t.employmentRecord} r WHERE r.person_key = p.key`,
    ),
    // json_agg of no rows is null: socialInsurance is null when the person is enrolled in no scheme.
    socialInsurance: `(SELECT json_agg(${object({ scheme: 'i.scheme', status: 'i.status', contributionBase: 'i.contribution_base_fen' })}
      ORDER BY ${rank(SCHEMES, 'i.scheme')}, i.since, i.id) FROM ${t.insurance} i WHERE i.person_key = p.key)`,
    health: one(
      {
        medicalAssistance: settlementsOf(t, 'p.key', {
          settledOn: 's.settled_on',
          hospitalName: 's.hospital_name',
          totalCost: 's.total_cost_fen',
          insurancePaid: 's.insurance_paid_fen',
          assistancePaid: 's.assistance_paid_fen',
          selfPaid: 's.self_paid_fen',
          oneStop: 's.one_stop',
        }),
      },
      `${t.healthFile} f WHERE f.person_key = p.key`,
    ),
    housing: housingOf(t, 'p.key', {
      properties: list(
        { kind: 'ph.kind', areaSqm: 'ph.area_sqm' },
        `${t.property} ph WHERE ph.person_key = p.key AND ph.ended_on IS NULL`,
        'ph.registered_on, ph.id',
      ),
      assistance: housingAssistanceOf(t, 'p.key', { kind: 'ha.kind', status: 'ha.status', amount: 'ha.amount_fen' }),
    }),
    tradeUnion: tradeUnionOf(t, 'p.key', {
      difficultWorker: one({ level: 'w.level', since: 'w.since' }, `${t.workerFile} w WHERE w.person_key = p.key`),
      aid: unionAidOf(t, 'p.key'),
    }),
    disability: one(
      {
        certificate: object({ number: 'dc.number', category: 'dc.category', grade: 'dc.grade', validUntil: 'dc.valid_until' }),
        subsidies: subsidiesOf(t, 'p.key'),
      },
      `${t.certificate} dc WHERE dc.person_key = p.key`,
    ),
  })} AS person FROM ${t.person} p WHERE p.key = $1`;
}

function householdViewSql(t: Tables): string {
  return `SELECT ${object({
    id: 'h.id',
    regionCode: 'h.region_code',
    head: one({ id: 'hp.key', name: 'hp.name' }, `${t.person} hp WHERE hp.key = h.head_key`),
    assistanceCases: casesOf(t, 'h.id', {
      id: 'c.id',
      program: 'c.program',
      status: 'c.status',
      monthlyAmount: 'c.monthly_amount_fen',
      startDate: 'c.start_date',
    }),
    members: membersOf(t, 'h.id', {
      id: 'm.key',
      name: 'm.name',
      relationToHead: 'm.relation_to_head',
      birthDate: 'm.birth_date',
      education: one(
        { aid: educationAidOf(t, 'm.key', { kind: 'a.kind', amount: 'a.amount_fen' }) },
        `${t.student} st WHERE st.person_key = m.key`,
      ),
      employment: one({ status: 'r.status' }, `${t.employmentRecord} r WHERE r.person_key = m.key`),
      socialInsurance: `(SELECT json_agg(${object({ scheme: 'i.scheme', status: 'i.status' })} ORDER BY ${rank(SCHEMES, 'i.scheme')}, i.since, i.id)
        FROM ${t.insurance} i WHERE i.person_key = m.key)`,
      health: one(
        {
          medicalAssistance: settlementsOf(t, 'm.key', {
            settledOn: 's.settled_on',
            assistancePaid: 's.assistance_paid_fen',
            oneStop: 's.one_stop',
          }),
        },
        `${t.healthFile} f WHERE f.person_key = m.key`,
      ),
      housing: housingOf(t, 'm.key', { assistance: housingAssistanceOf(t, 'm.key', { kind: 'ha.kind', status: 'ha.status' }) }),
      tradeUnion: tradeUnionOf(t, 'm.key', { aid: unionAidOf(t, 'm.key') }),
      disability: one({ subsidies: subsidiesOf(t, 'm.key') }, `${t.certificate} dc WHERE dc.person_key = m.key`),
    }),
  })} AS household FROM ${t.household} h WHERE h.id = $1`;
}

/**
 * Query.households(filter: { program: MINIMUM_LIVING_ALLOWANCE, status: ACTIVE, regionCode }, first: 50, after),
 * with a region ($1) or not, after a cursor's household id (the next parameter) or not. One row: totalCount,
 * whether a 51st household exists, and the page's nodes.
 */
function dibaoSql(t: Tables, { region, after }: { region: boolean; after: boolean }): string {
  const cases = `${t.assistanceCase} c WHERE c.program = 'MINIMUM_LIVING_ALLOWANCE' AND c.status = 'ACTIVE'${region ? ' AND c.region_code = $1' : ''}`;
  const matching = `h.id IN (SELECT c.household_id FROM ${cases}) ${region ? 'AND h.region_code = $1' : ''}`;
  // Without a region every case's household exists (foreign key), so its distinct households are the count; that
  // reads the case index alone instead of every household (10 ms instead of 50–120 ms at a million people).
  const total = region ? `SELECT count(*) FROM ${t.household} h WHERE ${matching}` : `SELECT count(DISTINCT c.household_id) FROM ${cases}`;
  const afterKey = `$${region ? 2 : 1}::uuid`;
  const node = object({
    id: 'pg.id',
    regionCode: 'pg.region_code',
    members: membersOf(t, 'pg.id', {
      id: 'm.key',
      birthDate: 'm.birth_date',
      education: one(
        {
          enrollments: enrollmentsOf(t, 'm.key', { schoolName: 'e.school_name', stage: 'e.stage', schoolYear: 'e.school_year' }),
          aid: educationAidOf(t, 'm.key', { kind: 'a.kind', amount: 'a.amount_fen', schoolYear: 'a.school_year' }),
        },
        `${t.student} st WHERE st.person_key = m.key`,
      ),
      employment: one(
        { status: 'r.status', registeredUnemployed: 'r.registered_unemployed' },
        `${t.employmentRecord} r WHERE r.person_key = m.key`,
      ),
      disability: one(
        { certificate: object({ category: 'dc.category', grade: 'dc.grade' }) },
        `${t.certificate} dc WHERE dc.person_key = m.key`,
      ),
    }),
  });
  return `WITH page AS MATERIALIZED (
      SELECT h.id, h.region_code FROM ${t.household} h WHERE ${matching} ${after ? `AND h.id > ${afterKey}` : ''}
      ORDER BY h.id LIMIT ${DIBAO_PAGE + 1})
    SELECT (${total}) AS total,
      (SELECT count(*) FROM page) > ${DIBAO_PAGE} AS more,
      (SELECT json_agg(${node} ORDER BY pg.id) FROM (SELECT * FROM page ORDER BY id LIMIT ${DIBAO_PAGE}) pg) AS nodes`;
}

// ---- The graph's values: Money, age, region, cursors, as the resolvers and scalars make them ------------------

/** Formats the named fen fields of a row as Money; null stays null. */
const money =
  (...fields: string[]) =>
  (row: Row): Row => {
    const out = { ...row };
    for (const field of fields) out[field] = row[field] === null ? null : formatMoney(row[field]);
    return out;
  };

const caseworkerPerson = (p: Row) => ({
  id: p.id,
  name: p.name,
  idNumber: p.idNumber,
  gender: p.gender,
  birthDate: p.birthDate,
  age: ageOn(p.birthDate),
  region: regionOf(p.regionCode),
  relationToHead: p.relationToHead,
  household: p.household && { ...p.household, assistanceCases: p.household.assistanceCases.map(money('monthlyAmount')) },
  education: p.education && { enrollments: p.education.enrollments, aid: p.education.aid.map(money('amount')) },
  employment: p.employment,
  socialInsurance: p.socialInsurance && p.socialInsurance.map(money('contributionBase')),
  health: p.health && {
    medicalAssistance: p.health.medicalAssistance.map(money('totalCost', 'insurancePaid', 'assistancePaid', 'selfPaid')),
  },
  housing: p.housing && { properties: p.housing.properties, assistance: p.housing.assistance.map(money('amount')) },
  tradeUnion: p.tradeUnion && { difficultWorker: p.tradeUnion.difficultWorker, aid: p.tradeUnion.aid.map(money('amount')) },
  disability: p.disability && { certificate: p.disability.certificate, subsidies: p.disability.subsidies.map(money('monthlyAmount')) },
});

const householdMember = (m: Row) => ({
  id: m.id,
  name: m.name,
  relationToHead: m.relationToHead,
  age: ageOn(m.birthDate),
  education: m.education && { aid: m.education.aid.map(money('amount')) },
  employment: m.employment,
  socialInsurance: m.socialInsurance,
  health: m.health && { medicalAssistance: m.health.medicalAssistance.map(money('assistancePaid')) },
  housing: m.housing,
  tradeUnion: m.tradeUnion && { aid: m.tradeUnion.aid.map(money('amount')) },
  disability: m.disability && { subsidies: m.disability.subsidies.map(money('monthlyAmount')) },
});

const caseworkerHousehold = (h: Row) => ({
  id: h.id,
  size: h.members.length,
  region: regionOf(h.regionCode),
  head: h.head,
  assistanceCases: h.assistanceCases.map(money('monthlyAmount')),
  members: h.members.map(householdMember),
});

const analystMember = (m: Row) => ({
  id: m.id,
  age: ageOn(m.birthDate),
  education: m.education && { enrollments: m.education.enrollments, aid: m.education.aid.map(money('amount')) },
  employment: m.employment,
  disability: m.disability,
});

function dibaoPage(row: Row) {
  const nodes: Row[] = (row.nodes ?? []).map((h: Row) => ({
    id: h.id,
    region: regionOf(h.regionCode),
    members: h.members.map(analystMember),
  }));
  const last = nodes[nodes.length - 1];
  return {
    totalCount: Number(row.total),
    pageInfo: { hasNextPage: row.more, endCursor: last ? encodeCursor(last.id) : null },
    nodes,
  };
}

// ---- The floor -------------------------------------------------------------------------------------------------

export function createDirectSqlFloor(options: DirectSqlFloorOptions): DirectSqlFloor {
  const t = tablesOf(options.schemas ?? {});
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
  // An idle connection that drops (a database restart) must not take the process down; the next query reconnects.
  pool.on('error', () => {});
  const personView = personViewSql(t);
  const householdView = householdViewSql(t);
  const dibao = (region: boolean, after: boolean) => ({ name: `dibao-${region}-${after}`, text: dibaoSql(t, { region, after }) });
  const dibaoStatements = [dibao(false, false), dibao(false, true), dibao(true, false), dibao(true, true)];
  // Named statements: each pooled connection parses and plans an operation's statement once.
  const first = async (name: string, text: string, values: unknown[]) =>
    (await pool.query({ name, text, values })).rows[0] as Row | undefined;

  return {
    async PersonView({ id }) {
      const row = await first('person-view', personView, [personKeyArg('id', id)]);
      return { person: row ? caseworkerPerson(row.person) : null };
    },
    async HouseholdView({ id }) {
      const row = await first('household-view', householdView, [uuidArg('id', id)]);
      return { household: row ? caseworkerHousehold(row.household) : null };
    },
    async DibaoHouseholdStudents({ regionCode, after }) {
      const region = regionCodeArg('filter.regionCode', regionCode);
      const window = pageWindow({ first: DIBAO_PAGE, after });
      const statement = dibaoStatements[(region ? 2 : 0) + (window.afterKey === null ? 0 : 1)];
      const values = [region, window.afterKey].filter((v) => v !== null);
      const row = await first(statement.name, statement.text, values);
      return { households: dibaoPage(row!) };
    },
    close: () => pool.end(),
  };
}

// ---- HTTP: POST /<OperationName> {"variables": {...}} -> 200 {"data": ...} -------------------------------------

const MAX_BODY_BYTES = 64 * 1024;

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const fail = (res: ServerResponse, status: number, message: string) => send(res, status, { errors: [{ message }] });

/** The body as text, or null when it is larger than MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The variables of a body `{"variables": {...}}`, every one a string or null as the operations declare; else null. */
function variablesOf(text: string): Record<string, string | null> | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const variables = (body as { variables?: unknown }).variables ?? {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return null;
  const valid = Object.values(variables).every((v) => v === null || typeof v === 'string');
  return valid ? (variables as Record<string, string | null>) : null;
}

const isBadInput = (err: unknown) => (err as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT';

async function answer(operations: Map<string, (variables: any) => Promise<unknown>>, req: IncomingMessage, res: ServerResponse) {
  const operation = operations.get(req.url ?? '');
  if (!operation)
    return fail(res, 404, `no operation at ${req.url}; POST to /${[...operations.keys()].map((k) => k.slice(1)).join(', /')}`);
  if (req.method !== 'POST') return fail(res, 405, 'POST the variables as {"variables": {...}}');
  const text = await readBody(req);
  if (text === null) return fail(res, 413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
  const variables = variablesOf(text);
  if (!variables) return fail(res, 400, 'the body must be JSON {"variables": {...}} with string or null values');
  try {
    send(res, 200, { data: await operation(variables) });
  } catch (err) {
    if (isBadInput(err)) return fail(res, 400, (err as Error).message);
    fail(res, 500, 'the floor could not answer; see its database');
  }
}

export async function serveDirectSqlFloor(
  floor: DirectSqlFloor,
  port: number,
  host = '127.0.0.1',
): Promise<{ url: string; close(): Promise<void> }> {
  const operations = new Map<string, (variables: any) => Promise<unknown>>([
    ['/PersonView', (v) => floor.PersonView(v)],
    ['/HouseholdView', (v) => floor.HouseholdView(v)],
    ['/DibaoHouseholdStudents', (v) => floor.DibaoHouseholdStudents(v)],
  ]);
  const server = createServer((req, res) => {
    answer(operations, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (require.main === module) {
  new Command()
    .name('direct-sql')
    .description('The benchmark floor: the contract operations by direct SQL, POST /<OperationName> {"variables": {...}}')
    .requiredOption('--database-url <url>', "the database holding every agency's schema")
    .option('--port <n>', 'port', '4100')
    .option('--host <host>', 'host', '127.0.0.1')
    .option('--pool-size <n>', 'connections in the pool', '10')
    .action(async (opts: { databaseUrl: string; port: string; host: string; poolSize: string }) => {
      const floor = createDirectSqlFloor({ databaseUrl: opts.databaseUrl, poolSize: Number(opts.poolSize) });
      const server = await serveDirectSqlFloor(floor, Number(opts.port), opts.host);
      console.log(JSON.stringify({ ready: true, url: server.url }));
      const stop = () =>
        void server
          .close()
          .then(() => floor.close())
          .then(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .parseAsync();
}
