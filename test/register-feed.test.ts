// An agency's write about a person feeds civil affairs' register of record holders through its outbox and the
// gateway, as the agency's service: durable while civil affairs is down, delivered once it is back, and no
// service able to enter another agency or to speak as a person.
import { developmentServiceKey, signServiceAssertion } from '../shared/src/auth/service-identity';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, post, serviceHeaders } from '../shared/src/testing/graphql';
import { grantInput } from '../subgraphs/trade-union/test/inputs';
import { Federation, startFederation } from './support/federation';
import { CuttableProxy } from './support/processes';

let graph: Federation;
let civil: RunningSubgraph;
let union: RunningSubgraph;
/** Civil affairs as the gateway reaches it: through a proxy the tests cut to take it down. */
let civilLink: CuttableProxy;

const GRANT = 'mutation($input: GrantUnionAidInput!, $key: String) { grantUnionAid(input: $input, idempotencyKey: $key) { id } }';
const NAME = 'query($id: ID!) { person(id: $id) { name } }';
const NOTE = 'mutation($keys: [ID!]!) { noteRecordsHeld(personKeys: $keys) { agency persons } }';

beforeAll(async () => {
  graph = await startFederation({
    only: ['civil-affairs', 'trade-union'],
    people: 300,
    cuttable: 'civil-affairs',
    acting: ['trade-union'],
    subject: 'register',
    purpose: 'CASE_REVIEW',
  });
  ({ 'civil-affairs': civil, 'trade-union': union } = graph.subgraphs);
  civilLink = graph.link!;
}, 120_000);

afterAll(() => graph?.stop());

/** A person in the index that the register names no trade union record for. */
async function personTheUnionHoldsNothingOn(): Promise<{ key: string; id_number: string }> {
  const [person] = await civil.db.query(
    `SELECT key, id_number FROM person p WHERE NOT EXISTS (
       SELECT 1 FROM person_record_holder r WHERE r.person_key = p.key AND r.agency = 'trade-union') ORDER BY key LIMIT 1`,
  );
  return person;
}

const registered = async (key: string) =>
  (await civil.db.query('SELECT agency FROM person_record_holder WHERE person_key = $1 ORDER BY agency', [key])).map(
    (r: { agency: string }) => r.agency,
  );

test("a union's grant to a person makes the register name the union, and the union's staff then see the person's name", async () => {
  const person = await personTheUnionHoldsNothingOn();
  const union = await graph.as('trade-union');
  expectErrorCode(await post(graph.gatewayUrl, NAME, { id: person.key }, union), 'FORBIDDEN', 'person.name');

  const granted = await post(graph.gatewayUrl, GRANT, { input: grantInput({ idNumber: person.id_number }) }, union);
  expect(granted.errors).toBeUndefined();
  await drainUnionOutbox();

  expect(await registered(person.key)).toContain('trade-union');
  const named = await post(graph.gatewayUrl, NAME, { id: person.key }, union);
  expect(named.errors).toBeUndefined();
  expect(named.data!.person.name).toEqual(expect.any(String));
});

async function drainUnionOutbox() {
  await union.outbox.drain({ waiting: true });
  expect(await union.outbox.pending()).toBe(0);
}

test('a grant made while civil affairs is down is noted in the register once it is back, once', async () => {
  const person = await personTheUnionHoldsNothingOn();
  await civilLink.cut();
  try {
    const granted = await post(
      graph.gatewayUrl,
      GRANT,
      { input: grantInput({ idNumber: person.id_number }) },
      await graph.as('trade-union'),
    );
    expect(granted.errors).toBeUndefined();
    expect(await union.outbox.drain({ waiting: true })).toBe(0);
    const [waiting] = await union.db.query("SELECT attempts, last_error FROM outbox WHERE delivered_at IS NULL AND kind = 'records-held'");
    expect(waiting.attempts).toBeGreaterThanOrEqual(1);
    expect(waiting.last_error).toMatch(/civil-affairs/);
  } finally {
    await civilLink.open();
  }
  await drainUnionOutbox();
  expect(await registered(person.key)).toEqual(expect.arrayContaining(['trade-union']));
  expect((await registered(person.key)).filter((a: string) => a === 'trade-union')).toHaveLength(1);
});

test('a write that fails leaves no note in the outbox', async () => {
  const before = await union.outbox.pending();
  const [{ count: total }] = await union.db.query('SELECT count(*)::int AS count FROM outbox');
  const refused = await post(graph.gatewayUrl, GRANT, { input: grantInput({ amount: '-5.00' }) }, await graph.as('trade-union'));
  expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(await union.outbox.pending()).toBe(before);
  expect((await union.db.query('SELECT count(*)::int AS count FROM outbox'))[0].count).toBe(total);
});

test("a person's token cannot enter anyone in the register, whatever its role", async () => {
  const person = await personTheUnionHoldsNothingOn();
  for (const role of ['trade-union', 'caseworker', 'admin']) {
    const res = await post(graph.gatewayUrl, NOTE, { keys: [person.key] }, await graph.as(role));
    expect({ role, code: res.errors?.[0].extensions?.code }).toEqual({ role, code: 'FORBIDDEN' });
  }
  expect(await registered(person.key)).not.toContain('trade-union');
});

test("a service enters only itself: the union's key cannot sign for education", async () => {
  const person = await personTheUnionHoldsNothingOn();
  const forged = signServiceAssertion('education', developmentServiceKey('trade-union'));
  const res = await post(
    graph.gatewayUrl,
    NOTE,
    { keys: [person.key] },
    { authorization: `Bearer ${forged}`, 'x-purpose': 'RECORDS_REGISTER' },
  );
  expect(res.status).toBe(401);
  expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(await registered(person.key)).not.toContain('education');
});

test('a service assertion is accepted once: replayed, it is refused', async () => {
  const person = await personTheUnionHoldsNothingOn();
  const headers = serviceHeaders('trade-union', 'RECORDS_REGISTER');
  const first = await post(graph.gatewayUrl, NOTE, { keys: [person.key] }, headers);
  expect(first.data?.noteRecordsHeld).toEqual({ agency: 'trade-union', persons: 1 });
  const again = await post(graph.gatewayUrl, NOTE, { keys: [person.key] }, headers);
  expect(again.errors?.[0].message).toMatch(/accepted once/);
});

test('a service may act only for its own purposes', async () => {
  const res = await post(graph.gatewayUrl, NOTE, { keys: [] }, serviceHeaders('trade-union', 'STATISTICS'));
  expect(res.errors?.[0].extensions?.code).toBe('PURPOSE_NOT_ALLOWED');
});

test("the relay's statements are not counted as any request's: the statement count that proves batching leaves them out", async () => {
  union.counter.reset();
  await union.outbox.drain({ waiting: true });
  await union.outbox.pending();
  expect(union.counter.count).toBe(0);
});
