// Every read on the record, durably, before the answer leaves; every refusal too; and an operator's edit shows.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { Client } from 'pg';
import { agencyRoles, provisionAgencyRoles } from '../shared/src/database-roles';
import { loadSubgraphConfig } from '../shared/src/config';
import { startSubgraph } from '../shared/src/subgraph';
import housingDefinition from '../subgraphs/housing/src/definition';
import { CuttableProxy } from './support/processes';
import { AccessLogWriter } from '../shared/src/audit/recorder';
import { verifyChain } from '../shared/src/audit/chain';
import { projectPath } from '../shared/src/paths';
import { expectErrorCode, post, subgraphIdentity } from '../shared/src/testing/graphql';
import { AGENCY_NAMES, INTAKE_AGENCIES } from '../subgraphs/registry';
import { Federation, startFederation } from './support/federation';

let graph: Federation;
let civil: Federation['subgraphs'][string];
let schema: string;
let person: { key: string; id_number: string; household_id: string };

beforeAll(async () => {
  graph = await startFederation({ people: 300 });
  civil = graph.subgraphs['civil-affairs'];
  schema = (civil.db.options as { schema: string }).schema;
  [person] = await civil.db.query('SELECT key, id_number, household_id FROM person WHERE household_id IS NOT NULL ORDER BY key LIMIT 1');
});
afterAll(() => graph.stop());

/** A token for civil affairs, and the request id the log will carry for it. */
async function identity(role: string, purpose = role === 'analyst' ? 'STATISTICS' : role === 'auditor' ? 'AUDIT' : 'CASE_REVIEW') {
  const token = await subgraphIdentity('civil-affairs', role, AGENCY_NAMES, purpose, INTAKE_AGENCIES);
  return { headers: { authorization: `Bearer ${token}` }, requestId: String(decodeJwt(token).rid) };
}

const entriesOf = (requestId: string) =>
  civil.db.query(
    'SELECT subject, role, person_keys, household_keys, fields, filters, refusals, client_request_id FROM access_log WHERE request_id = $1',
    [requestId],
  );

test('a list that returns only ids records every person it returned', async () => {
  const { headers, requestId } = await identity('caseworker');
  const res = await post(civil.url, '{ persons(first: 5) { nodes { id } } }', {}, headers);
  const ids = res.data!.persons.nodes.map((n: { id: string }) => n.id);
  expect(ids).toHaveLength(5);
  const [entry] = await entriesOf(requestId);
  expect([...entry.person_keys].sort()).toEqual([...ids].sort());
});

test('an entity resolved through _entities is recorded by key, whatever field was asked', async () => {
  const { headers, requestId } = await identity('caseworker');
  await post(
    civil.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }',
    { r: [{ __typename: 'Person', id: person.key }] },
    headers,
  );
  expect((await entriesOf(requestId))[0].person_keys).toEqual([person.key]);
});

test("a household read is recorded by the household's id", async () => {
  const { headers, requestId } = await identity('caseworker');
  await post(civil.url, 'query($id: ID!) { household(id: $id) { id size } }', { id: person.household_id }, headers);
  expect((await entriesOf(requestId))[0].household_keys).toEqual([person.household_id]);
});

test('personByIdNumber records the person and the filter with the ID number replaced by the person key', async () => {
  const { headers, requestId } = await identity('caseworker');
  await post(civil.url, 'query($n: String!) { personByIdNumber(idNumber: $n) { id } }', { n: person.id_number }, headers);
  const [entry] = await entriesOf(requestId);
  expect(entry.person_keys).toEqual([person.key]);
  expect(entry.filters).toEqual({ personByIdNumber: { idNumber: person.key } });
  expect(JSON.stringify(entry)).not.toContain(person.id_number);
});

test('an ID number sent with spaces around it and a lower-case x is still replaced by the person key in the log', async () => {
  const { headers, requestId } = await identity('caseworker');
  const padded = ` ${person.id_number.toLowerCase()} `;
  const res = await post(civil.url, 'query($n: String!) { personByIdNumber(idNumber: $n) { id } }', { n: padded }, headers);
  expect(res.data!.personByIdNumber.id).toBe(person.key);
  const [entry] = await entriesOf(requestId);
  expect(entry.filters).toEqual({ personByIdNumber: { idNumber: person.key } });
  expect(JSON.stringify(entry)).not.toContain(person.id_number.slice(6, 14));
});

test("a mutation's answer is recorded by the key of the person it returned", async () => {
  const { headers, requestId } = await identity('caseworker');
  const res = await post(
    civil.url,
    'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }',
    { i: { idNumber: '11010519491231002X', name: '测试', regionCode: '411302' } },
    headers,
  );
  expect(res.errors).toBeUndefined();
  expect((await entriesOf(requestId))[0].person_keys).toEqual([res.data!.registerPerson.id]);
});

test('a field refused as FORBIDDEN is recorded with the person it would have read', async () => {
  const { headers, requestId } = await identity('auditor');
  const res = await post(civil.url, 'query($id: ID!) { person(id: $id) { gender } }', { id: person.key }, headers);
  expectErrorCode(res, 'FORBIDDEN', 'person.gender');
  const [entry] = await entriesOf(requestId);
  expect(entry.refusals).toEqual([{ path: 'Person.gender', code: 'FORBIDDEN', personId: person.key }]);
  expect(entry.person_keys).toEqual([]);
});

test('a read refused for want of a purpose is recorded', async () => {
  const token = await subgraphIdentity('civil-affairs', 'caseworker', AGENCY_NAMES, '');
  const res = await post(
    civil.url,
    'query($id: ID!) { person(id: $id) { gender } }',
    { id: person.key },
    { authorization: `Bearer ${token}` },
  );
  expectErrorCode(res, 'PURPOSE_REQUIRED', 'person.gender');
  expect((await entriesOf(String(decodeJwt(token).rid)))[0].refusals).toEqual([
    { path: 'Person.gender', code: 'PURPOSE_REQUIRED', personId: person.key },
  ]);
});

test('a request refused at authentication is recorded with the identity it claimed', async () => {
  const clientId = `forged-${randomUUID()}`;
  const { headers } = await identity('caseworker');
  const forged = headers.authorization.replace(/\.[^.]+$/, '.AAAA');
  const res = await post(civil.url, '{ persons(first: 1) { nodes { id } } }', {}, { authorization: forged, 'x-request-id': clientId });
  expectErrorCode(res, 'UNAUTHENTICATED');
  const rows = await civil.db.query('SELECT subject, role, refusals FROM access_log WHERE client_request_id = $1', [clientId]);
  expect(rows).toEqual([
    {
      subject: 'unverified:test-caseworker',
      role: 'unverified:caseworker',
      refusals: [expect.objectContaining({ path: '(request)', code: 'UNAUTHENTICATED' })],
    },
  ]);
});

test("the gateway keys entries by its own request id and records the caller's beside it, never merging two callers", async () => {
  const clientId = `same-${randomUUID()}`;
  for (const role of ['caseworker', 'admin']) {
    await post(
      graph.gatewayUrl,
      'query($id: ID!) { person(id: $id) { gender } }',
      { id: person.key },
      { ...(await graph.as(role)), 'x-request-id': clientId },
    );
  }
  const rows = await civil.db.query('SELECT role, request_id FROM access_log WHERE client_request_id = $1 ORDER BY id', [clientId]);
  expect(rows.map((r: { role: string }) => r.role)).toEqual(['caseworker', 'admin']);
  expect(rows.every((r: { request_id: string }) => r.request_id !== clientId)).toBe(true);
  expect(new Set(rows.map((r: { request_id: string }) => r.request_id)).size).toBe(2);
});

test('the entry is committed before the answer arrives', async () => {
  const { headers, requestId } = await identity('caseworker');
  await post(civil.url, 'query($id: ID!) { person(id: $id) { gender } }', { id: person.key }, headers);
  // Read at once, on another connection: no flush, no wait.
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    expect((await client.query(`SELECT count(*)::int AS n FROM "${schema}".access_log WHERE request_id = $1`, [requestId])).rows[0].n).toBe(
      1,
    );
  } finally {
    await client.end();
  }
});

describe('when the access log cannot be written', () => {
  const admin = () => new Client({ connectionString: process.env.TEST_DATABASE_URL });
  const setInsert = async (grant: boolean) => {
    const client = admin();
    await client.connect();
    await client.query(
      `${grant ? 'GRANT' : 'REVOKE'} INSERT ON "${schema}".access_log ${grant ? 'TO' : 'FROM'} "${agencyRoles(schema).runtime}"`,
    );
    await client.end();
  };
  beforeAll(() => setInsert(false));
  afterAll(() => setInsert(true));

  test('a read of personal data fails closed with UNAVAILABLE naming the access log', async () => {
    const res = await post(
      civil.url,
      'query($id: ID!) { person(id: $id) { name gender } }',
      { id: person.key },
      (await identity('caseworker')).headers,
    );
    expect(res.data ?? null).toBeNull();
    expect(expectErrorCode(res, 'UNAVAILABLE')).toMatchObject({
      message: expect.stringMatching(/access log/),
      extensions: { reason: 'ACCESS_LOG', subgraph: 'civil-affairs' },
    });
  });

  test('a read that touches no personal data goes on', async () => {
    const res = await post(
      civil.url,
      '{ regions { code } assistanceStandards { monthlyAmount } }',
      {},
      (await identity('caseworker')).headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.regions.length).toBeGreaterThan(0);
  });
});

test('a backlog of 20,000 entries is written whole, in chunks the bind-parameter limit allows', async () => {
  const writer = new AccessLogWriter(civil.db, 'civil-affairs');
  const requestId = `backlog-${randomUUID()}`;
  const entry = (i: number) => ({
    subject: 'load',
    role: 'caseworker',
    purpose: 'CASE_REVIEW',
    requestId,
    persons: [person.key, `p${i}`],
    households: [],
    fields: ['Person.name'],
  });
  await Promise.all(Array.from({ length: 20_000 }, (_, i) => writer.append(entry(i))));
  expect((await civil.db.query('SELECT count(*)::int AS n FROM access_log WHERE request_id = $1', [requestId]))[0].n).toBe(20_000);
});

describe('the hash chain', () => {
  let owner: Client;
  beforeAll(async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.username = agencyRoles(schema).owner;
    owner = new Client({ connectionString: url.toString() });
    await owner.connect();
  });
  afterAll(() => owner.end());

  const verify = (suffix = schema) =>
    promisify(execFile)(process.execPath, [
      projectPath('dist', 'scripts', 'audit-verify.js'),
      '--database-url',
      process.env.TEST_DATABASE_URL!,
      '--only',
      'civil-affairs',
      '--schema-suffix',
      suffix.replace(/^civil_affairs_/, ''),
    ]).then(
      (r) => ({ code: 0, out: r.stdout }),
      (err: { code: number; stdout: string }) => ({ code: err.code, out: err.stdout }),
    );

  test('an untouched log verifies, and audit:verify says so', async () => {
    await expect(verifyChain(owner, schema)).resolves.toMatchObject({ broken: null });
    const { code, out } = await verify();
    expect(out).toMatch(/civil-affairs: \d+ entries, chain intact/);
    expect(code).toBe(0);
  });

  test('a row the owner altered behind the trigger is named as the first broken link', async () => {
    const [{ id }] = (await owner.query(`SELECT id FROM "${schema}".access_log ORDER BY id LIMIT 1 OFFSET 3`)).rows;
    await owner.query('BEGIN');
    await owner.query(`ALTER TABLE "${schema}".access_log DISABLE TRIGGER access_log_no_update_or_delete`);
    await owner.query(`UPDATE "${schema}".access_log SET subject = 'someone else' WHERE id = $1`, [id]);
    try {
      const report = await verifyChain(owner, schema);
      expect(report.broken).toBe(`entry #${id} was altered after it was written: its content no longer matches its hash`);
    } finally {
      await owner.query('ROLLBACK');
    }
  });

  test('a row the owner deleted is named by the entry after it', async () => {
    const rows = (await owner.query(`SELECT id FROM "${schema}".access_log ORDER BY id LIMIT 2 OFFSET 5`)).rows;
    await owner.query('BEGIN');
    await owner.query(`ALTER TABLE "${schema}".access_log DISABLE TRIGGER access_log_no_update_or_delete`);
    await owner.query(`DELETE FROM "${schema}".access_log WHERE id = $1`, [rows[0].id]);
    try {
      const report = await verifyChain(owner, schema);
      expect(report.broken).toMatch(new RegExp(`^entry #${rows[1].id} does not follow entry #\\d+`));
    } finally {
      await owner.query('ROLLBACK');
    }
  });

  test("the last rows cut off the end are found by the chain's recorded head", async () => {
    await owner.query('BEGIN');
    await owner.query(`ALTER TABLE "${schema}".access_log DISABLE TRIGGER access_log_no_update_or_delete`);
    await owner.query(`DELETE FROM "${schema}".access_log WHERE id = (SELECT max(id) FROM "${schema}".access_log)`);
    try {
      expect((await verifyChain(owner, schema)).broken).toMatch(/entries at the end were removed/);
    } finally {
      await owner.query('ROLLBACK');
    }
  });

  test('audit:verify exits 1 naming the broken entry', async () => {
    const [{ id }] = (await owner.query(`SELECT id FROM "${schema}".access_log ORDER BY id LIMIT 1`)).rows;
    await owner.query(`ALTER TABLE "${schema}".access_log DISABLE TRIGGER access_log_no_update_or_delete`);
    await owner.query(`UPDATE "${schema}".access_log SET fields = '{}' WHERE id = $1`, [id]);
    await owner.query(`ALTER TABLE "${schema}".access_log ENABLE TRIGGER access_log_no_update_or_delete`);
    const { code, out } = await verify();
    expect(out).toContain(`civil-affairs: BROKEN after 0 good entries: entry #${id} was altered after it was written`);
    expect(code).toBe(1);
  });
});

test('a database outage in the middle of load loses no entry: every read answered with data has its row', async () => {
  const db = new URL(process.env.TEST_DATABASE_URL!);
  const proxy = new CuttableProxy({ host: db.hostname, port: Number(db.port || 5432) });
  await proxy.open();
  const tag = `t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const outageSchema = `housing_${tag}`;
  const { runtimeUrl, migrationsUrl } = await provisionAgencyRoles(process.env.TEST_DATABASE_URL!, outageSchema);
  const viaProxy = Object.assign(new URL(runtimeUrl), { port: String(proxy.port) }).toString();
  const housing = await startSubgraph(
    housingDefinition,
    loadSubgraphConfig('housing', 0, {
      NODE_ENV: 'test',
      DATABASE_URL: viaProxy,
      MIGRATIONS_DATABASE_URL: migrationsUrl,
      DATABASE_SCHEMA: outageSchema,
      SEED_PEOPLE: '200',
      SEED: '7',
    }),
  );
  try {
    const keys: string[] = (await housing.db.query('SELECT DISTINCT person_key FROM property_holding LIMIT 20')).map(
      (r: { person_key: string }) => r.person_key,
    );
    const answered: string[] = [];
    let refused = 0;
    let stopAt = Date.now() + 4_000;
    const client = async (n: number) => {
      for (let i = n; Date.now() < stopAt; i++) {
        const token = await subgraphIdentity('housing', 'caseworker', AGENCY_NAMES);
        const res = await post(
          housing.url,
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { housing { properties { kind } } } } }',
          { r: [{ __typename: 'Person', id: keys[i % keys.length] }] },
          { authorization: `Bearer ${token}` },
        ).catch(() => undefined);
        if (res?.data?._entities?.[0]?.housing && !res.errors) answered.push(String(decodeJwt(token).rid));
        else refused++;
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));
    await new Promise((r) => setTimeout(r, 1_000));
    await proxy.cut();
    await new Promise((r) => setTimeout(r, 1_000));
    await proxy.open();
    stopAt = Date.now() + 2_000;
    await load;
    expect(refused).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThan(20);
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query(`SELECT request_id FROM "${outageSchema}".access_log WHERE request_id = ANY($1)`, [answered]);
      expect(new Set(rows.map((r) => r.request_id)).size).toBe(answered.length);
    } finally {
      await admin.end();
    }
  } finally {
    await housing.stop();
    await proxy.close();
  }
}, 60_000);
