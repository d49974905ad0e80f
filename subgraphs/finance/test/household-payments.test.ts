// Household.payments through the gateway: the members come from civil affairs (@requires), the payments from finance.
import { post } from '../../../shared/src/testing/graphql';
import { Federation, startFederation } from '../../../test/support/federation';

let graph: Federation;
/** A household paid monthly: its id and its members' keys, as civil affairs holds them. */
let household: { id: string; members: string[] };

beforeAll(async () => {
  graph = await startFederation({ people: 600 });
  const finance = graph.subgraphs.finance.db;
  const civil = graph.subgraphs['civil-affairs'].db;
  const paid: string[] = (await finance.query('SELECT DISTINCT person_key FROM payment')).map((r: { person_key: string }) => r.person_key);
  // The largest household with a payee, so that members without payments are there too.
  const [row] = await civil.query(
    `SELECT h.id, array_agg(p.key ORDER BY p.key) AS members FROM household h JOIN person p ON p.household_id = h.id
      WHERE h.head_key = ANY($1) GROUP BY h.id ORDER BY count(*) DESC, h.id LIMIT 1`,
    [paid],
  );
  household = row;
}, 300_000);
afterAll(() => graph?.stop());

const HOUSEHOLD = `query($id: ID!, $after: String) {
  household(id: $id) {
    id
    members { id }
    payments(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id person { id } month amount status account } }
  }
}`;

async function ask(role: string, variables: Record<string, unknown>) {
  return post(graph.gatewayUrl, HOUSEHOLD, variables, await graph.as(role));
}

test("a household's payments through the gateway are every payment to any of its members, newest month first, page by page", async () => {
  const ledger = await graph.subgraphs.finance.db.query(
    'SELECT id, person_key FROM payment WHERE person_key = ANY($1) ORDER BY month DESC, paid_on DESC, id DESC',
    [household.members],
  );
  expect(ledger.length).toBeGreaterThan(5);
  const seen: { id: string; person: { id: string } }[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await ask('caseworker', { id: household.id, after });
    expect(res.errors).toBeUndefined();
    const payments = res.data!.household.payments;
    expect(payments.totalCount).toBe(ledger.length);
    seen.push(...payments.nodes);
    if (!payments.pageInfo.hasNextPage) break;
    after = payments.pageInfo.endCursor;
  }
  expect(seen.map((p) => [p.id, p.person.id])).toEqual(ledger.map((r: { id: string; person_key: string }) => [r.id, r.person_key]));
});

test('an analyst reads the payments of a household, with the accounts masked', async () => {
  const res = await ask('analyst', { id: household.id });
  expect(res.errors).toBeUndefined();
  const [first] = res.data!.household.payments.nodes;
  expect(first.account).toMatch(/^\d{4} \*{4} \*{4} \d{4}$/);
});

test('a caller who may read the members but not the payments gets the members, and payments null with FORBIDDEN from finance', async () => {
  const res = await ask('education', { id: household.id });
  expect(res.data!.household.members.map((m: { id: string }) => m.id).sort()).toEqual(household.members);
  expect(res.data!.household.payments).toBeNull();
  expect(res.errors).toEqual([
    expect.objectContaining({
      path: ['household', 'payments'],
      message: 'Household.payments needs scope records:finance and person:read; role education does not have it',
      extensions: expect.objectContaining({ code: 'FORBIDDEN', subgraph: 'finance' }),
    }),
  ]);
});

test('a caller who may not read the members, asking only for payments, is refused them: they need what the members need', async () => {
  // An auditor reads no person data. The plan reads the members from civil affairs as the caller, who refuses them;
  // finance refuses the payments for the same scope, which composition made Household.payments need.
  const res = await post(
    graph.gatewayUrl,
    'query($id: ID!) { household(id: $id) { id payments { totalCount } } }',
    { id: household.id },
    await graph.as('auditor'),
  );
  expect(res.data!.household).toEqual({ id: household.id, payments: null });
  // The gateway passes on civil affairs' refusal of the members too, at the path of the field the plan required.
  expect(res.errors!.map((e) => [e.path!.join('.'), e.extensions!.code, e.extensions!.subgraph])).toEqual([
    ['household.members', 'FORBIDDEN', 'civil-affairs'],
    ['household.payments', 'FORBIDDEN', 'finance'],
  ]);
});
