// The finance bureau's reads against the real PostgreSQL server: the ledger on persons and households, the seed
// against the demo city, batching, what the lists' filters mean, budgets and evaluations.
// Refusals, views per role, paging, bad input and the access log: contract.test.ts. Through the gateway: household-payments.test.ts.
import { monthlyPaidCases } from '../../../shared/src/demo/finance';
import { formatMoney } from '../../../shared/src/money';
import { agencyTestKit } from '../../../test/support/agency';
import { addMonths, CHARGED_STATUSES, gradeOf, monthOf, passesLuhn } from '../src/rules';
import { LEDGER_MONTHS, RETURN_SHARE } from '../src/seed';

const kit = agencyTestKit('finance', { people: 5000 });
const sorted = (keys: string[]) => [...keys].sort();
/** Money as fen, for sums. */
const fen = (money: string) => BigInt(money.replace('.', ''));
const LEDGER_ORDER = 'ORDER BY month DESC, paid_on DESC, id DESC';
const PAYMENT = 'id person { id } programme month region { code } amount paidOn bank account status returnedOn returnReason';

const asAnswer = (r: any) => ({
  id: r.id,
  person: { id: r.person_key },
  programme: r.programme,
  month: r.month,
  region: { code: r.region_code },
  amount: formatMoney(r.amount_fen),
  paidOn: r.paid_on,
  bank: r.bank,
  account: `${r.account_number.slice(0, 4)} **** **** ${r.account_number.slice(-4)}`,
  status: r.status,
  returnedOn: r.returned_on,
  returnReason: r.return_reason,
});

describe('the ledger on a person and a household', () => {
  test('a payee resolved by entity carries every payment the bureau made them, newest month first', async () => {
    const [key] = await kit.keys("SELECT person_key FROM payment WHERE status = 'REISSUED' ORDER BY person_key LIMIT 1");
    const res = await kit.entities([key], `id payments(first: 100) { totalCount nodes { ${PAYMENT} } }`, 'caseworker');
    expect(res.errors).toBeUndefined();
    const rows = await kit.db.query(`SELECT * FROM payment WHERE person_key = $1 ${LEDGER_ORDER}`, [key]);
    expect(res.data!._entities[0]).toEqual({ id: key, payments: { totalCount: rows.length, nodes: rows.map(asAnswer) } });
  });

  test('a person the bureau paid nothing resolves with payments null', async () => {
    const unpaid = kit.city.persons.find((p) => !p.recordHolders.includes('finance'))!;
    const res = await kit.entities([unpaid.key], 'id payments { totalCount }', 'caseworker');
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([{ id: unpaid.key, payments: null }]);
  });

  test("a person's payments walked page by page list each payment once, in the ledger's order", async () => {
    const [key] = await kit.keys('SELECT person_key FROM payment GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1');
    const expected = await kit.keys(`SELECT id FROM payment WHERE person_key = $1 ${LEDGER_ORDER}`, [key]);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const res = await kit.post(
        'query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Person { payments(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }',
        { r: [{ __typename: 'Person', id: key }], after },
        'analyst',
      );
      const page = res.data!._entities[0].payments;
      expect(page.totalCount).toBe(expected.length);
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(expected);
  });

  test("a cursor that is not a ledger's is refused naming after", async () => {
    const [key] = await kit.keys('SELECT person_key FROM payment LIMIT 1');
    const forged = Buffer.from('c1:someone-else').toString('base64url');
    const res = await kit.entities([key], `payments(after: "${forged}") { totalCount }`, 'analyst');
    expect(res.errors?.[0]).toMatchObject({ path: ['_entities', 0, 'payments'], extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  test("a household's payments, given its members as the gateway sends them, merge every member's ledger, newest month first", async () => {
    const h = kit.city.households.find((x) => x.benefitAccount && x.memberKeys.length >= 3)!;
    const expected = await kit.keys(`SELECT id FROM payment WHERE person_key = ANY($1) ${LEDGER_ORDER}`, [h.memberKeys]);
    const res = await kit.post(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id payments(first: 100) { totalCount nodes { id } } } } }',
      { r: [{ __typename: 'Household', id: h.id, members: h.memberKeys.map((id) => ({ id })) }] },
      'caseworker',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].payments.totalCount).toBe(expected.length);
    expect(res.data!._entities[0].payments.nodes.map((n: { id: string }) => n.id)).toEqual(expected);
  });

  test("a read of a household's payments is on the record of the household and of each member whose ledger was read", async () => {
    const h = kit.city.households.find((x) => x.benefitAccount && x.memberKeys.length >= 2)!;
    const res = await kit.post(
      'query HouseholdLedger($r: [_Any!]!) { _entities(representations: $r) { ... on Household { payments { nodes { amount } } } } }',
      { r: [{ __typename: 'Household', id: h.id, members: h.memberKeys.map((id) => ({ id })) }] },
      'caseworker',
    );
    expect(res.errors).toBeUndefined();
    const [row] = await kit.accessLog(res);
    expect(row).toMatchObject({ operation: 'HouseholdLedger', household_keys: [h.id], fields: ['Household.payments'] });
    expect(sorted(row.person_keys)).toEqual(sorted(h.memberKeys));
  });

  test('a household without its members in the representation, or with none paid, has payments null', async () => {
    const unpaid = kit.city.households.find((x) => !x.benefitAccount)!;
    const res = await kit.post(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id payments { totalCount } } } }',
      {
        r: [
          { __typename: 'Household', id: unpaid.id, members: unpaid.memberKeys.map((id) => ({ id })) },
          { __typename: 'Household', id: unpaid.id, members: null },
          { __typename: 'Household', id: unpaid.id },
        ],
      },
      'caseworker',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([0, 1, 2].map(() => ({ id: unpaid.id, payments: null })));
  });

  test('payments of 100 persons and of their households cost one statement, the same as for 10', async () => {
    const paid = kit.city.households.filter((h) => h.benefitAccount);
    const statements = async (n: number) => {
      kit.counter.reset();
      const res = await kit.post(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { payments { nodes { id } } } ... on Household { payments { nodes { id } } } } }',
        {
          r: paid.slice(0, n).flatMap((h) => [
            { __typename: 'Person', id: h.headKey },
            { __typename: 'Household', id: h.id, members: h.memberKeys.map((id) => ({ id })) },
          ]),
        },
        'caseworker',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toHaveLength(2 * n);
      return kit.counter.count;
    };
    expect(paid.length).toBeGreaterThanOrEqual(100);
    expect(await statements(100)).toBe(1);
    expect(await statements(10)).toBe(1);
  });

  test('payments with their reissues, reissued payments and histories cost one statement each for 100 persons', async () => {
    const keys = await kit.keys('SELECT DISTINCT person_key FROM payment ORDER BY 1 LIMIT 100');
    kit.counter.reset();
    const res = await kit.entities(
      keys,
      'payments(first: 100) { nodes { id reissueOf { id } reissuedBy { id } history { operation } } }',
      'caseworker',
    );
    expect(res.errors).toBeUndefined();
    // The ledgers, the reissued payments, the reissues, the histories.
    expect(kit.counter.count).toBe(4);
  });
});

describe('the seed', () => {
  const today = () => kit.city.today;

  test('each household paid monthly is paid each month of its case, at most twelve back, exactly the case amount, to its head', async () => {
    const expected: string[] = [];
    for (const h of kit.city.households) {
      for (const c of monthlyPaidCases(h)) {
        const first = [monthOf(c.startDate), addMonths(monthOf(today()), -LEDGER_MONTHS)].sort()[1];
        for (let m = first; m < monthOf(today()); m = addMonths(m, 1))
          expected.push([h.headKey, c.program, m, h.regionCode, c.monthlyAmountFen].join('|'));
      }
    }
    // Every month's first payment (a reissue pays the same month again).
    const rows = await kit.db.query('SELECT person_key, programme, month, region_code, amount_fen FROM payment WHERE reissue_of IS NULL');
    const actual = rows.map((r: any) => [r.person_key, r.programme, r.month, r.region_code, r.amount_fen].join('|'));
    expect(expected.length).toBeGreaterThan(1000);
    expect(sorted(actual)).toEqual(sorted(expected));
  });

  test('the bureau holds records on exactly the persons the demo city says it pays', async () => {
    const payees = kit.city.persons.filter((p) => p.recordHolders.includes('finance')).map((p) => p.key);
    expect(sorted(await kit.keys('SELECT DISTINCT person_key FROM payment'))).toEqual(sorted(payees));
    expect(sorted(await kit.keys('SELECT person_key FROM payee'))).toEqual(sorted(payees));
  });

  test("each payee's record holds their ID number and the account of their last payment", async () => {
    const payees = await kit.db.query('SELECT person_key, id_number, bank, account_number FROM payee');
    const last = await kit.db.query(
      `SELECT DISTINCT ON (person_key) person_key, bank, account_number FROM payment ORDER BY person_key, paid_on DESC, month DESC`,
    );
    const byKey = new Map(last.map((r: any) => [r.person_key, r]));
    expect(payees.filter((p: any) => kit.city.personByKey.get(p.person_key)?.idNumber !== p.id_number)).toEqual([]);
    expect(
      payees.filter(
        (p: any) =>
          JSON.stringify(byKey.get(p.person_key)) !==
          JSON.stringify({ person_key: p.person_key, bank: p.bank, account_number: p.account_number }),
      ),
    ).toEqual([]);
    expect(payees.length).toBe(byKey.size);
  });

  test('about one payment in two hundred is returned; each is paid again the next month unless that is still to come', async () => {
    const [{ total, returned }] = await kit.db.query(
      "SELECT count(*)::int AS total, count(*) FILTER (WHERE status <> 'PAID' AND reissue_of IS NULL)::int AS returned FROM payment",
    );
    expect(returned).toBeGreaterThan(0);
    expect(returned / total).toBeGreaterThan(RETURN_SHARE / 4);
    expect(returned / total).toBeLessThan(RETURN_SHARE * 3);
    const unmatched = await kit.db.query(
      `SELECT o.id, o.status, o.month FROM payment o LEFT JOIN payment r ON r.reissue_of = o.id
        WHERE o.status <> 'PAID' AND (
          (o.status = 'REISSUED') <> (r.id IS NOT NULL)
          OR r.person_key <> o.person_key OR r.month <> o.month OR r.amount_fen <> o.amount_fen OR r.status <> 'PAID'
          OR (o.status = 'RETURNED' AND o.month <> $1))`,
      [addMonths(monthOf(today()), -1)],
    );
    expect(unmatched).toEqual([]);
  });

  test('every account paid into is a valid card number, and a reissue after a closed account goes into another', async () => {
    const accounts = await kit.keys('SELECT DISTINCT account_number FROM payment');
    expect(accounts.filter((a) => !/^\d{19}$/.test(a) || !passesLuhn(a))).toEqual([]);
    const same = await kit.db.query(
      `SELECT o.id FROM payment o JOIN payment r ON r.reissue_of = o.id
        WHERE o.return_reason IN ('ACCOUNT_CLOSED', 'ACCOUNT_NOT_FOUND', 'NAME_MISMATCH') AND r.account_number = o.account_number`,
    );
    expect(same).toEqual([]);
  });

  test("each budget line covers the payments of its year, and its current year's monthly need, with headroom", async () => {
    const lines = await kit.db.query(
      `SELECT b.year, b.region_code, b.programme, b.amount_fen::bigint AS amount,
              (SELECT coalesce(sum(a.amount_fen), 0) FROM allocation a WHERE a.budget_id = b.id) AS allocated,
              (SELECT coalesce(sum(p.amount_fen), 0) FROM payment p WHERE p.region_code = b.region_code AND p.programme = b.programme
                  AND p.month LIKE b.year || '-%' AND p.status = ANY($1)) AS spent
         FROM budget b`,
      [CHARGED_STATUSES],
    );
    expect(lines).toHaveLength(13 * 5 * 2);
    const over = lines.filter((l: any) => BigInt(l.spent) > BigInt(l.amount) || BigInt(l.allocated) > BigInt(l.amount));
    expect(over).toEqual([]);
    const year = Number(today().slice(0, 4));
    for (const h of kit.city.households) {
      for (const c of monthlyPaidCases(h)) {
        const line = lines.find((l: any) => l.year === year && l.region_code === h.regionCode && l.programme === c.program);
        line.need = (line.need ?? 0n) + BigInt(c.monthlyAmountFen! * 12);
      }
    }
    const short = lines.filter((l: any) => l.need && BigInt(l.amount) < (l.need * 105n) / 100n);
    expect(short).toEqual([]);
  });

  test('budgets answer their shares, allocations and spending as SQL sums them', async () => {
    const res = await kit.post(
      `{ budgets(year: 2026, regionCode: "411302") { id programme amount centralShare provincialShare cityShare countyShare allocated unallocated spent
           allocations { amount allocatedOn reference budget { id } } } }`,
      {},
      'analyst',
    );
    expect(res.errors).toBeUndefined();
    const budgets = res.data!.budgets;
    expect(budgets.map((b: any) => b.programme)).toEqual([
      'DISABILITY_SUBSIDIES',
      'EXTREME_POVERTY_SUPPORT',
      'MINIMUM_LIVING_ALLOWANCE',
      'PRICE_SUBSIDY',
      'TEMPORARY_ASSISTANCE',
    ]);
    for (const b of budgets) {
      expect(fen(b.centralShare) + fen(b.provincialShare) + fen(b.cityShare) + fen(b.countyShare)).toBe(fen(b.amount));
      const allocated = b.allocations.reduce((sum: bigint, a: any) => sum + fen(a.amount), 0n);
      expect({ allocated: fen(b.allocated), unallocated: fen(b.unallocated) }).toEqual({
        allocated,
        unallocated: fen(b.amount) - allocated,
      });
      expect(b.allocations.map((a: any) => a.budget.id)).toEqual(b.allocations.map(() => b.id));
      const [{ spent }] = await kit.db.query(
        "SELECT coalesce(sum(amount_fen), 0)::text AS spent FROM payment WHERE region_code = '411302' AND programme = $1 AND month LIKE '2026-%' AND status = ANY($2)",
        [b.programme, CHARGED_STATUSES],
      );
      expect(b.spent).toBe(formatMoney(spent));
    }
    // Three tranches of the current year are out: 90% of each line.
    expect(
      budgets.every((b: any) => fen(b.allocated) * 10n <= fen(b.amount) * 9n && fen(b.allocated) * 10n >= fen(b.amount) * 9n - 300n),
    ).toBe(true);
  });

  test("the last year's evaluations grade every county by its score, and award only the counties graded EXCELLENT or GOOD", async () => {
    const res = await kit.post('{ performanceEvaluations { year region { code } score grade award findings evaluatedOn } }', {}, 'analyst');
    expect(res.errors).toBeUndefined();
    const evaluations = res.data!.performanceEvaluations;
    expect(evaluations).toHaveLength(13);
    for (const e of evaluations) {
      expect(e).toMatchObject({ year: 2025, grade: gradeOf(e.score), evaluatedOn: '2026-03-31' });
      expect(e.award !== '0.00').toBe(e.grade === 'EXCELLENT' || e.grade === 'GOOD');
    }
  });
});

describe('the lists', () => {
  test('paymentRecipients of a programme and month are exactly the persons SQL finds, walked page by page', async () => {
    const expected = await kit.keys(
      "SELECT DISTINCT person_key FROM payment WHERE programme = 'MINIMUM_LIVING_ALLOWANCE' AND month = '2026-10'",
    );
    expect(expected.length).toBeGreaterThan(7);
    await kit.expectListed('paymentRecipients', { programme: 'MINIMUM_LIVING_ALLOWANCE', month: '2026-10' }, 7, expected, {
      anyOrder: true,
    });
  });

  test('paymentRecipients by county and status list a person once, whatever number of their payments match', async () => {
    const [{ region_code: region }] = await kit.db.query(
      "SELECT region_code FROM payment WHERE status = 'REISSUED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
    );
    const paid = await kit.walk('paymentRecipients', { regionCode: region, status: 'PAID' }, 20);
    expect(sorted(paid.ids)).toEqual(
      sorted(await kit.keys("SELECT DISTINCT person_key FROM payment WHERE region_code = $1 AND status = 'PAID'", [region])),
    );
    const reissued = await kit.walk('paymentRecipients', { regionCode: region, status: 'REISSUED' }, 20);
    expect(sorted(reissued.ids)).toEqual(
      sorted(await kit.keys("SELECT DISTINCT person_key FROM payment WHERE region_code = $1 AND status = 'REISSUED'", [region])),
    );
    expect(reissued.ids.length).toBeGreaterThan(0);
  });

  test('returnedPayments lists the returns newest first; outstanding ones are those not yet paid again', async () => {
    const res = await kit.post(
      '{ returnedPayments(first: 100) { totalCount nodes { id status returnedOn reissuedBy { id } } } }',
      {},
      'analyst',
    );
    expect(res.errors).toBeUndefined();
    const expected = await kit.keys("SELECT id FROM payment WHERE status <> 'PAID' ORDER BY returned_on DESC, id DESC");
    expect(res.data!.returnedPayments.nodes.map((n: { id: string }) => n.id)).toEqual(expected);
    for (const n of res.data!.returnedPayments.nodes) expect(n.reissuedBy !== null).toBe(n.status === 'REISSUED');
    const outstanding = await kit.post(
      '{ returnedPayments(filter: { outstanding: true }) { totalCount nodes { status } } }',
      {},
      'analyst',
    );
    expect(outstanding.data!.returnedPayments.totalCount).toBe(
      await kit.count("SELECT count(*)::int AS count FROM payment WHERE status = 'RETURNED'"),
    );
    expect(outstanding.data!.returnedPayments.nodes.every((n: { status: string }) => n.status === 'RETURNED')).toBe(true);
  });

  test('returnedPayments by reason and programme are exactly the returns SQL finds', async () => {
    const expected = await kit.keys(
      "SELECT id FROM payment WHERE status <> 'PAID' AND return_reason = 'ACCOUNT_CLOSED' AND programme = 'MINIMUM_LIVING_ALLOWANCE' ORDER BY returned_on DESC, id DESC",
    );
    await kit.expectListed('returnedPayments', { reason: 'ACCOUNT_CLOSED', programme: 'MINIMUM_LIVING_ALLOWANCE' }, 2, expected);
  });
});

describe('index plans', () => {
  interface PlanNode {
    'Node Type': string;
    'Relation Name'?: string;
    'Index Name'?: string;
    Plans?: PlanNode[];
  }
  const READS = ['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Index Scan'];
  const scans = (node: PlanNode): PlanNode[] => [
    ...(READS.includes(node['Node Type']) ? [node] : []),
    ...(node.Plans ?? []).flatMap(scans),
  ];

  /** How the statements a request sent read the payment table, with sequential scans off (as test/sql-plans.test.ts asks). */
  async function paymentScans(query: string): Promise<string[]> {
    kit.counter.keep = true;
    kit.counter.reset();
    const res = await kit.post(query, {}, 'analyst');
    expect(res.errors).toBeUndefined();
    const statements = kit.counter.sent.filter((st) => /^\s*SELECT\b/i.test(st.sql) && /"payment"/.test(st.sql));
    kit.counter.keep = false;
    expect(statements.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const st of statements) {
      const plan = await kit.db.transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        return (await m.query(`EXPLAIN (FORMAT JSON) ${st.sql}`, st.parameters))[0]['QUERY PLAN'][0].Plan as PlanNode;
      });
      found.push(...scans(plan).map((n) => `${n['Node Type']} ${n['Index Name'] ?? ''}`.trim()));
    }
    return [...new Set(found)];
  }

  test.each([
    ['unfiltered', '', /^(Index|Bitmap Index) Scan payment_(returned|unpaid)$/],
    ['outstanding', 'outstanding: true', /^(Index|Bitmap Index) Scan payment_(returned|unpaid)$/],
    ['by reason', 'reason: ACCOUNT_CLOSED', /^(Index|Bitmap Index) Scan payment_(returned|unpaid)$/],
    ['by county', 'regionCode: "411302"', /Index Scan payment_/],
    ['by programme', 'programme: MINIMUM_LIVING_ALLOWANCE', /Index Scan payment_/],
  ])('returnedPayments %s, its count and its next page read the ledger through an index, never whole', async (_name, filter, expected) => {
    const first = await kit.post('{ returnedPayments(first: 1) { pageInfo { endCursor } } }', {}, 'analyst');
    const after = first.data!.returnedPayments.pageInfo.endCursor;
    const used = await paymentScans(`{ returnedPayments(filter: { ${filter} }, first: 5, after: "${after}") { totalCount nodes { id } } }`);
    expect(used.filter((u) => !expected.test(u))).toEqual([]);
  });
});

test('an analyst sees the masked account of a payment and is refused the number', async () => {
  const [key] = await kit.keys('SELECT person_key FROM payment LIMIT 1');
  const res = await kit.entities([key], 'payments(first: 1) { nodes { account accountNumber } }', 'analyst');
  const [payment] = res.data!._entities[0].payments.nodes;
  const [row] = await kit.db.query(`SELECT account_number FROM payment WHERE person_key = $1 ${LEDGER_ORDER} LIMIT 1`, [key]);
  expect(payment).toEqual({ account: `${row.account_number.slice(0, 4)} **** **** ${row.account_number.slice(-4)}`, accountNumber: null });
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
});
