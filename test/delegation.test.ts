// A service acting for the caller of a request (shared/src/auth/delegation.ts): civil affairs' service asks the
// graph for an analyst with the identity the gateway forwarded to it, and each agency reads and logs as the
// analyst's, the service named as the actor; every forgery of that is refused at the gateway.
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { Client } from 'pg';
import { canonicalRow, canonicalRowBeforeActor, verifyChain } from '../shared/src/audit/chain';
import { scopesForRole, scopesForService } from '../shared/src/auth/roles';
import { developmentServiceKey, serviceRole } from '../shared/src/auth/service-identity';
import { SigningKey } from '../shared/src/auth/signing-keys';
import { issueUserToken, signIdentity } from '../shared/src/auth/tokens';
import { loadGatewayConfig } from '../shared/src/config';
import { agencyRoles } from '../shared/src/database-roles';
import { graphClient } from '../shared/src/graph-client';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, post, serviceHeaders } from '../shared/src/testing/graphql';
import { RunningGateway, startGateway } from '../gateway/src/server';
import { AGENCY_NAMES, INTAKE_AGENCIES } from '../subgraphs/registry';
import { startTestSubgraph, supergraphOver, UNTHROTTLED } from './support/federation';

let civil: RunningSubgraph;
let disabled: RunningSubgraph;
let gateway: RunningGateway;
let sdl: string;
const config = { ...loadGatewayConfig({ NODE_ENV: 'test', ...UNTHROTTLED }), port: 0 };
const CIVIL_SERVICE = serviceRole('civil-affairs');

beforeAll(async () => {
  const tag = `del${randomUUID().slice(0, 8)}`;
  civil = await startTestSubgraph('civil-affairs', { people: 300, tag });
  disabled = await startTestSubgraph('disabled-persons', { people: 300, tag });
  sdl = supergraphOver({ 'civil-affairs': civil, 'disabled-persons': disabled });
  gateway = await startGateway(config, { sdl });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([civil?.stop(), disabled?.stop()]);
});

interface Caller {
  subject: string;
  role: string;
  purpose: string;
  requestId: string;
}

const analyst = (): Caller => ({ subject: `analyst-${randomUUID()}`, role: 'analyst', purpose: 'STATISTICS', requestId: randomUUID() });

/** The identity the gateway forwards to civil affairs for `caller`'s request (or as told otherwise). */
function subjectToken(
  caller: Caller,
  { audience = 'civil-affairs', key = config.signingKey, actor }: { audience?: string; key?: SigningKey; actor?: string } = {},
) {
  const scopes = scopesForRole(caller.role, AGENCY_NAMES, INTAKE_AGENCIES) ?? scopesForService(caller.role.replace('service:', ''));
  return signIdentity({ ...caller, scopes, actor }, audience, key);
}

/** Headers of civil affairs' service presenting `token` as its caller's, for `purpose`. */
const delegation = (token: string, purpose: string) => ({ ...serviceHeaders('civil-affairs', purpose), 'x-subject-token': token });

/** Civil affairs' service as its subgraph runs it, acting for `caller`. */
const civilAffairsFor = async (caller: Caller) =>
  graphClient({ agency: 'civil-affairs', key: developmentServiceKey('civil-affairs'), url: gateway.url }).onBehalfOf({
    token: await subjectToken(caller),
    purpose: caller.purpose as 'STATISTICS',
    requestId: caller.requestId,
  });

const DISABLED = '{ disabledPersons(first: 1) { nodes { id } } }';

const entriesOf = (db: RunningSubgraph, subject: string) =>
  db.db.query('SELECT subject, role, purpose, actor, person_keys, client_request_id FROM access_log WHERE subject = $1', [subject]);

test("a service acting for an analyst reads as the analyst: the agency's log names the analyst, role, purpose and the service as actor", async () => {
  const caller = analyst();
  const answer = await (await civilAffairsFor(caller)).data<{ disabledPersons: { nodes: { id: string }[] } }>(DISABLED, {}, 'STATISTICS');
  const [person] = answer.disabledPersons.nodes;
  expect(await entriesOf(disabled, caller.subject)).toEqual([
    {
      subject: caller.subject,
      role: 'analyst',
      purpose: 'STATISTICS',
      actor: CIVIL_SERVICE,
      person_keys: [person.id],
      client_request_id: caller.requestId,
    },
  ]);
});

test('the access log shows the actor to an auditor', async () => {
  const caller = analyst();
  await (await civilAffairsFor(caller)).data(DISABLED, {}, 'STATISTICS');
  const auditor = {
    authorization: `Bearer ${await issueUserToken(config.jwt, { subject: 'delegation-auditor', role: 'auditor' })}`,
    'x-purpose': 'AUDIT',
  };
  const res = await post(
    gateway.url,
    'query($s: String) { disabledPersonsAccessLog(filter: { subject: $s }) { nodes { subject role actor } } }',
    { s: caller.subject },
    auditor,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.disabledPersonsAccessLog.nodes).toEqual([{ subject: caller.subject, role: 'analyst', actor: CIVIL_SERVICE }]);
});

test("the analyst's scopes apply, not the service's: a person's name is FORBIDDEN to the analyst", async () => {
  const res = await post(
    gateway.url,
    '{ disabledPersons(first: 1) { nodes { id name } } }',
    {},
    delegation(await subjectToken(analyst()), 'STATISTICS'),
  );
  expect(res.data!.disabledPersons.nodes[0]).toEqual({ id: expect.any(String), name: null });
  expectErrorCode(res, 'FORBIDDEN', 'disabledPersons.nodes.0.name');
});

test("civil affairs' service as itself may not list disabled persons: the list it read for the analyst was the analyst's to read", async () => {
  const res = await post(gateway.url, DISABLED, {}, serviceHeaders('civil-affairs', 'ELIGIBILITY_VERIFICATION'));
  expectErrorCode(res, 'FORBIDDEN', 'disabledPersons');
});

test("one caller's forwarded identity serves several of the service's requests within its 60 s", async () => {
  const caller = analyst();
  const token = await subjectToken(caller);
  for (let i = 0; i < 3; i++) expect((await post(gateway.url, DISABLED, {}, delegation(token, 'STATISTICS'))).errors).toBeUndefined();
  expect(await entriesOf(disabled, caller.subject)).toHaveLength(3);
});

test("the client refuses to send another purpose than the caller's, before any request", async () => {
  const caller = analyst();
  await expect((await civilAffairsFor(caller)).request(DISABLED, {}, 'PROACTIVE_DISCOVERY')).rejects.toMatchObject({
    extensions: { code: 'FORBIDDEN' },
    message: expect.stringContaining('STATISTICS'),
  });
  expect(await entriesOf(disabled, caller.subject)).toEqual([]);
});

describe('the gateway refuses', () => {
  /** Posts the list with `headers`; expects `code` with `status` and a message matching `says`; nothing was read. */
  async function refused(caller: Caller, headers: Record<string, string>, code: string, status: number, says: RegExp) {
    const res = await post(gateway.url, DISABLED, {}, headers);
    expect({ status: res.status, code: res.errors?.[0].extensions?.code, message: res.errors?.[0].message }).toEqual({
      status,
      code,
      message: expect.stringMatching(says),
    });
    expect(res.data ?? null).toBeNull();
    expect(await entriesOf(disabled, caller.subject)).toEqual([]);
  }

  test('a subject token addressed to another agency: a service acts only for its own callers', async () => {
    const caller = analyst();
    const token = await subjectToken(caller, { audience: 'disabled-persons' });
    await refused(caller, delegation(token, 'STATISTICS'), 'UNAUTHENTICATED', 401, /aud claim .*addressed to another subgraph/);
  });

  test('a subject token signed more than 60 s ago, whatever its exp says', async () => {
    const caller = analyst();
    const token = await new SignJWT({
      role: 'analyst',
      scope: scopesForRole('analyst', AGENCY_NAMES)!.join(' '),
      purpose: 'STATISTICS',
      rid: 'r',
    })
      .setProtectedHeader({ alg: config.signingKey.alg, kid: config.signingKey.kid })
      .setSubject(caller.subject)
      .setIssuer('social-assistance-gateway')
      .setAudience('civil-affairs')
      .setJti(randomUUID())
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime('1h')
      .sign(config.signingKey.privateKey);
    await refused(caller, delegation(token, 'STATISTICS'), 'UNAUTHENTICATED', 401, /more than 60 s ago/);
  });

  test("a subject token signed with a key other than the gateway's: civil affairs' own service key mints no caller", async () => {
    const caller = analyst();
    const token = await subjectToken(caller, { key: developmentServiceKey('civil-affairs') });
    await refused(caller, delegation(token, 'STATISTICS'), 'UNAUTHENTICATED', 401, /key not accepted/);
  });

  test("an x-purpose other than the caller's, even one the caller's role may give", async () => {
    const caller = analyst();
    await refused(
      caller,
      delegation(await subjectToken(caller), 'PROACTIVE_DISCOVERY'),
      'FORBIDDEN',
      403,
      /only for the purpose they gave, STATISTICS/,
    );
  });

  test('a subject token that is itself delegated: no chains', async () => {
    const caller = analyst();
    const token = await subjectToken(caller, { actor: serviceRole('finance') });
    await refused(caller, delegation(token, 'STATISTICS'), 'FORBIDDEN', 403, /never down a chain/);
  });

  test("a service's own forwarded identity: a service acts only for a person", async () => {
    const finance: Caller = {
      subject: serviceRole('finance'),
      role: serviceRole('finance'),
      purpose: 'PRICE_LINKAGE',
      requestId: randomUUID(),
    };
    await refused(finance, delegation(await subjectToken(finance), 'PRICE_LINKAGE'), 'FORBIDDEN', 403, /acts only for a person/);
  });

  test("x-subject-token beside a person's token rather than a service assertion", async () => {
    const caller = analyst();
    const headers = {
      authorization: `Bearer ${await issueUserToken(config.jwt, { subject: caller.subject, role: 'analyst' })}`,
      'x-purpose': 'STATISTICS',
      'x-subject-token': await subjectToken(caller),
    };
    await refused(caller, headers, 'UNAUTHENTICATED', 401, /x-subject-token is taken only from an agency's service/);
  });

  test('a mutation under delegation, even one the caller may make: a service acting for its caller only reads', async () => {
    const [person] = await civil.db.query(
      'SELECT key, version, household_id FROM person WHERE household_id IS NOT NULL ORDER BY key LIMIT 1',
    );
    const [other] = await civil.db.query('SELECT id FROM household WHERE id <> $1 ORDER BY id LIMIT 1', [person.household_id]);
    const caseworker: Caller = {
      subject: `caseworker-${randomUUID()}`,
      role: 'caseworker',
      purpose: 'CASE_REVIEW',
      requestId: randomUUID(),
    };
    const res = await post(
      gateway.url,
      'mutation($input: MovePersonInput!) { movePerson(input: $input) { id } }',
      { input: { personId: person.key, version: person.version, toHouseholdId: other.id, relationToHead: 'OTHER' } },
      delegation(await subjectToken(caseworker), 'CASE_REVIEW'),
    );
    expect(res.status).toBe(403);
    expect(expectErrorCode(res, 'FORBIDDEN').message).toBe(
      `${CIVIL_SERVICE} acting for ${caseworker.subject} may only read: a mutation is the caller's own to make, in their own request`,
    );
    const [after] = await civil.db.query('SELECT household_id FROM person WHERE key = $1', [person.key]);
    expect(after.household_id).toBe(person.household_id);
  });
});

test("a delegated request counts against the service's limits, not the caller's", async () => {
  const limited = await startGateway({ ...loadGatewayConfig({ NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '2' }), port: 0 }, { sdl });
  try {
    const caller = analyst();
    const own = {
      authorization: `Bearer ${await issueUserToken(config.jwt, { subject: caller.subject, role: 'analyst' })}`,
      'x-purpose': 'STATISTICS',
    };
    const token = await subjectToken(caller);
    expect((await post(limited.url, DISABLED, {}, own)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await post(limited.url, DISABLED, {}, delegation(token, 'STATISTICS'))).status).toBe(200);
    expect((await post(limited.url, DISABLED, {}, own)).status).toBe(200);
    expectErrorCode(await post(limited.url, DISABLED, {}, own), 'RATE_LIMITED');
  } finally {
    await limited.stop();
  }
});

describe("the access log's hash chain covers the actor", () => {
  let owner: Client;
  let schema: string;
  beforeAll(async () => {
    schema = (disabled.db.options as { schema: string }).schema;
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.username = agencyRoles(schema).owner;
    owner = new Client({ connectionString: url.toString() });
    await owner.connect();
    // At least one entry with an actor and one without.
    await (await civilAffairsFor(analyst())).data(DISABLED, {}, 'STATISTICS');
    await post(
      gateway.url,
      DISABLED,
      {},
      {
        authorization: `Bearer ${await issueUserToken(config.jwt, { subject: 'delegation-own', role: 'analyst' })}`,
        'x-purpose': 'STATISTICS',
      },
    );
  });
  afterAll(() => owner.end());

  test('entries without an actor hash as they did before the log had one, and the chain of both kinds verifies', async () => {
    const { rows } = await owner.query(
      `SELECT count(*) FILTER (WHERE l.actor IS NULL)::int AS without, count(*) FILTER (WHERE l.actor IS NOT NULL)::int AS with,
              count(*) FILTER (WHERE l.actor IS NULL AND ${canonicalRow('l')} <> ${canonicalRowBeforeActor('l')})::int AS changed
         FROM "${schema}".access_log l`,
    );
    expect(rows[0].without).toBeGreaterThan(0);
    expect(rows[0].with).toBeGreaterThan(0);
    expect(rows[0].changed).toBe(0);
    await expect(verifyChain(owner, schema)).resolves.toMatchObject({ broken: null });
  });

  test('an actor the owner altered behind the trigger is named as the first broken link', async () => {
    const [{ id }] = (await owner.query(`SELECT id FROM "${schema}".access_log WHERE actor IS NOT NULL ORDER BY id LIMIT 1`)).rows;
    await owner.query('BEGIN');
    await owner.query(`ALTER TABLE "${schema}".access_log DISABLE TRIGGER access_log_no_update_or_delete`);
    await owner.query(`UPDATE "${schema}".access_log SET actor = NULL WHERE id = $1`, [id]);
    try {
      const report = await verifyChain(owner, schema);
      expect(report.broken).toBe(`entry #${id} was altered after it was written: its content no longer matches its hash`);
    } finally {
      await owner.query('ROLLBACK');
    }
  });
});
