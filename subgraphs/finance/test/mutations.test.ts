// The bureau's writes: what each accepts and refuses, the payment lifecycle (paid, returned, reissued), the budget
// line a payment is charged to, and allocations within their line.
// Idempotency, stale versions, atomicity, history, write scope and each write's access-log row: contract.test.ts.
import { cityToday } from '../../../shared/src/dates';
import { personKey } from '../../../shared/src/person-key';
import { addDays } from '../../../shared/src/testing/dates';
import { expectErrorCode } from '../../../shared/src/testing/graphql';
import { agencyTestKit } from '../../../test/support/agency';
import { allocationInput, MONTH, newAccount, PAID_ON, paymentInput, REGION, REISSUED_ON, RETURNED_ON, YEAR } from './inputs';

const kit = agencyTestKit('finance', { people: 600 });
const { post: call, count } = kit;
const TODAY = cityToday();

const PAYMENT =
  'id person { id } programme month region { code } amount paidOn bank account accountNumber status returnedOn returnReason version';
const RECORD = kit.mutation('recordPayment', PAYMENT);
const RETURN = kit.mutation('markPaymentReturned', PAYMENT);
const REISSUE = kit.mutation('reissuePayment', `${PAYMENT} reissueOf { id status version reissuedBy { id } history { operation } }`);
const ALLOCATE = kit.mutation(
  'allocateFunds',
  'id allocatedOn amount reference version budget { id year programme region { code } allocated unallocated }',
);

type Answer = Record<string, any>;

async function record(overrides: Record<string, unknown> = {}): Promise<Answer> {
  const res = await call(RECORD, { input: paymentInput(overrides) });
  expect(res.errors).toBeUndefined();
  return res.data!.recordPayment;
}

async function returned(overrides: Record<string, unknown> = {}, reason = 'ACCOUNT_FROZEN'): Promise<Answer> {
  const paid = await record(overrides);
  const res = await call(RETURN, { input: { id: paid.id, version: paid.version, returnedOn: RETURNED_ON, reason } });
  expect(res.errors).toBeUndefined();
  return res.data!.markPaymentReturned;
}

/** What a budget line has left for payments: its amount less what its year's payments use. */
async function roomOf(programme: string, region = REGION): Promise<bigint> {
  const [{ room }] = await kit.db.query(
    `SELECT (b.amount_fen - coalesce((SELECT sum(p.amount_fen) FROM payment p WHERE p.region_code = b.region_code AND p.programme = b.programme
        AND p.month LIKE b.year || '-%' AND p.status IN ('PAID', 'RETURNED')), 0))::text AS room
       FROM budget b WHERE b.year = $1 AND b.region_code = $2 AND b.programme = $3`,
    [YEAR, region, programme],
  );
  return BigInt(room);
}
const money = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

describe('recordPayment', () => {
  test('recording a payment derives the recipient key and stores it PAID, the account masked in the answer', async () => {
    const input = paymentInput({ amount: '30.5' });
    const res = await call(RECORD, { input });
    expect(res.errors).toBeUndefined();
    const key = personKey(input.idNumber, kit.personKeySecret);
    const payment = res.data!.recordPayment;
    expect(payment).toEqual({
      id: expect.any(String),
      person: { id: key },
      programme: 'PRICE_SUBSIDY',
      month: MONTH,
      region: { code: REGION },
      amount: '30.50',
      paidOn: PAID_ON,
      bank: '中国农业银行',
      account: `${input.accountNumber.slice(0, 4)} **** **** ${input.accountNumber.slice(-4)}`,
      accountNumber: input.accountNumber,
      status: 'PAID',
      returnedOn: null,
      returnReason: null,
      version: 1,
    });
    const [row] = await kit.db.query('SELECT person_key, amount_fen, account_number, status, reissue_of FROM payment WHERE id = $1', [
      payment.id,
    ]);
    expect(row).toEqual({ person_key: key, amount_fen: '3050', account_number: input.accountNumber, status: 'PAID', reissue_of: null });
  });

  test('a payment without an account goes into the one on file; one into another account puts that one on file', async () => {
    const input = paymentInput();
    const key = personKey(input.idNumber, kit.personKeySecret);
    await record(input);
    const onFile = await record({ ...input, accountNumber: undefined, bank: undefined, month: '2026-09' });
    expect(onFile).toMatchObject({ bank: input.bank, accountNumber: input.accountNumber });
    const moved = newAccount();
    await record({ ...input, month: '2026-08', bank: '中国建设银行', accountNumber: moved });
    const next = await record({ ...input, accountNumber: undefined, bank: undefined, month: '2026-07' });
    expect(next).toMatchObject({ bank: '中国建设银行', accountNumber: moved });
    const [payee] = await kit.db.query('SELECT id_number, bank, account_number, version FROM payee WHERE person_key = $1', [key]);
    expect(payee).toEqual({ id_number: input.idNumber, bank: '中国建设银行', account_number: moved, version: 2 });
  });

  test("a person's first payment names the account it goes into", async () => {
    const res = await call(RECORD, { input: paymentInput({ accountNumber: undefined, bank: undefined }) });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'recordPayment');
    expect(error.message).toBe('input.accountNumber: is required: the bureau has no account on file for this person yet');
  });

  test('an account number written in groups of four is stored as its digits', async () => {
    const accountNumber = newAccount();
    const payment = await record({ accountNumber: accountNumber.replace(/(\d{4})(?=\d)/g, '$1 ') });
    expect(payment.accountNumber).toBe(accountNumber);
  });

  test('a second payment of one programme and month to one person is a CONFLICT naming the first; once returned, it says to reissue', async () => {
    const input = paymentInput();
    const first = await record(input);
    const again = await call(RECORD, { input: { ...input, accountNumber: newAccount() } });
    const error = expectErrorCode(again, 'CONFLICT', 'recordPayment');
    expect(error.extensions).toMatchObject({ field: 'input.month', existingId: first.id });
    await call(RETURN, { input: { id: first.id, version: 1, returnedOn: RETURNED_ON, reason: 'ACCOUNT_FROZEN' } });
    const afterReturn = await call(RECORD, { input: { ...input, accountNumber: newAccount() } });
    expect(expectErrorCode(afterReturn, 'CONFLICT').message).toMatch(/RETURNED.*reissue it instead/);
    // Another month, or another programme, is another payment.
    await record({ ...input, month: '2026-09' });
    await record({ ...input, programme: 'TEMPORARY_ASSISTANCE', amount: '300.00' });
  });

  test('a payment for a year without a budget line is refused naming the month', async () => {
    const res = await call(RECORD, { input: paymentInput({ month: '2024-06', paidOn: '2024-06-10' }) });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'recordPayment');
    expect(error.extensions!.field).toBe('input.month');
    expect(error.message).toMatch(/the 2024 PRICE_SUBSIDY budget line of 411303 does not exist/);
  });

  test('a payment beyond what remains of its budget line is a CONFLICT saying what remains, and one that fits it exactly is paid', async () => {
    const room = await roomOf('EXTREME_POVERTY_SUPPORT', '411330');
    expect(room).toBeGreaterThan(0n);
    // Fill the line to within 0.01 in payments of at most 50,000.00, then try 0.02.
    let left = room - 1n;
    while (left > 0n) {
      const fen = left > 5_000_000n ? 5_000_000n : left;
      await record({ programme: 'EXTREME_POVERTY_SUPPORT', regionCode: '411330', amount: money(fen) });
      left -= fen;
    }
    const over = await call(RECORD, {
      input: paymentInput({ programme: 'EXTREME_POVERTY_SUPPORT', regionCode: '411330', amount: '0.02' }),
    });
    const error = expectErrorCode(over, 'CONFLICT', 'recordPayment');
    expect(error.extensions!.field).toBe('input.amount');
    expect(error.message).toMatch(/0\.02 would exceed the 2026 EXTREME_POVERTY_SUPPORT budget line of 411330: 0\.01 of [\d.]+ remains/);
    await record({ programme: 'EXTREME_POVERTY_SUPPORT', regionCode: '411330', amount: '0.01' });
    expect(await roomOf('EXTREME_POVERTY_SUPPORT', '411330')).toBe(0n);
  });

  test.each([
    ['an ID number with a wrong check character', { idNumber: '110105194912310021' }, 'input.idNumber'],
    ['a month that is not one', { month: '2026-13' }, 'input.month'],
    ['a month without its dash', { month: '202610' }, 'input.month'],
    ['a month before 2014', { month: '2013-12', paidOn: '2013-12-10' }, 'input.month'],
    ['a county outside the city', { regionCode: '110105' }, 'input.regionCode'],
    ['an amount of 0.00', { amount: '0.00' }, 'input.amount'],
    ['an amount above 50000.00', { amount: '50000.01' }, 'input.amount'],
    ['a payment day in the future', { paidOn: addDays(TODAY, 1) }, 'input.paidOn'],
    ['a payment day before its month began', { paidOn: '2026-09-30' }, 'input.paidOn'],
    ['an empty bank', { bank: '  ' }, 'input.bank'],
    ['an account number failing its check digit', { accountNumber: '6228480000000000001' }, 'input.accountNumber'],
    ['an account number of 15 digits', { accountNumber: '622848000000000' }, 'input.accountNumber'],
    ['an account number with a letter', { accountNumber: '62284800000000000X' }, 'input.accountNumber'],
    ['an account number without its bank', { bank: undefined }, 'input.bank'],
    ['a bank without an account number', { accountNumber: undefined }, 'input.bank'],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    const before = await count('SELECT count(*)::int AS count FROM payment');
    const res = await call(RECORD, { input: paymentInput(overrides) });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'recordPayment');
    expect(error.extensions!.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(await count('SELECT count(*)::int AS count FROM payment')).toBe(before);
  });
});

describe('markPaymentReturned and reissuePayment', () => {
  test('a returned payment is paid again into a new account: the reissue is PAID, the returned one REISSUED and linked both ways', async () => {
    const r = await returned({}, 'ACCOUNT_CLOSED');
    expect(r).toMatchObject({ status: 'RETURNED', returnedOn: RETURNED_ON, returnReason: 'ACCOUNT_CLOSED', version: 2 });
    const accountNumber = newAccount();
    const res = await call(REISSUE, {
      input: { paymentId: r.id, version: 2, paidOn: REISSUED_ON, bank: '中国邮政储蓄银行', accountNumber },
    });
    expect(res.errors).toBeUndefined();
    const reissue = res.data!.reissuePayment;
    expect(reissue).toMatchObject({
      person: r.person,
      programme: r.programme,
      month: r.month,
      amount: r.amount,
      paidOn: REISSUED_ON,
      bank: '中国邮政储蓄银行',
      accountNumber,
      status: 'PAID',
      returnedOn: null,
      version: 1,
    });
    expect(reissue.reissueOf).toEqual({
      id: r.id,
      status: 'REISSUED',
      version: 3,
      reissuedBy: { id: reissue.id },
      history: [{ operation: 'recordPayment' }, { operation: 'markPaymentReturned' }, { operation: 'reissuePayment' }],
    });
    expect(await kit.keys('SELECT account_number FROM payee WHERE person_key = $1', [r.person.id])).toEqual([accountNumber]);
    const [original] = await kit.db.query('SELECT status, returned_on, return_reason, account_number FROM payment WHERE id = $1', [r.id]);
    expect(original).toEqual({
      status: 'REISSUED',
      returned_on: RETURNED_ON,
      return_reason: 'ACCOUNT_CLOSED',
      account_number: expect.not.stringMatching(accountNumber),
    });
  });

  test('a payment returned from a frozen account is paid again into the same account when no other is given', async () => {
    const r = await returned({}, 'ACCOUNT_FROZEN');
    const res = await call(REISSUE, { input: { paymentId: r.id, version: 2, paidOn: REISSUED_ON } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reissuePayment).toMatchObject({ bank: r.bank, accountNumber: r.accountNumber, status: 'PAID' });
  });

  test('a reissue that is returned in its turn is paid again, each payment linked to the one it reissues', async () => {
    const r = await returned({}, 'ACCOUNT_FROZEN');
    const second = (await call(REISSUE, { input: { paymentId: r.id, version: 2, paidOn: REISSUED_ON } })).data!.reissuePayment;
    const back = await call(RETURN, { input: { id: second.id, version: 1, returnedOn: REISSUED_ON, reason: 'ACCOUNT_FROZEN' } });
    expect(back.errors).toBeUndefined();
    const third = await call(REISSUE, { input: { paymentId: second.id, version: 2, paidOn: REISSUED_ON } });
    expect(third.errors).toBeUndefined();
    const rows = await kit.db.query('SELECT id, status, reissue_of FROM payment WHERE person_key = $1 ORDER BY version DESC, paid_on', [
      r.person.id,
    ]);
    expect(rows).toEqual([
      { id: r.id, status: 'REISSUED', reissue_of: null },
      { id: second.id, status: 'REISSUED', reissue_of: r.id },
      { id: third.data!.reissuePayment.id, status: 'PAID', reissue_of: second.id },
    ]);
  });

  test('a return and a reissue leave the budget line as charged as before: the money owed is the same', async () => {
    const before = await roomOf('PRICE_SUBSIDY');
    const r = await returned();
    expect(await roomOf('PRICE_SUBSIDY')).toBe(before - 3000n);
    await call(REISSUE, { input: { paymentId: r.id, version: 2, paidOn: REISSUED_ON } });
    expect(await roomOf('PRICE_SUBSIDY')).toBe(before - 3000n);
  });

  test.each([
    ['a return before the day paid', { returnedOn: addDays(PAID_ON, -1) }, 'input.returnedOn', /before the day paid/],
    ['a return in the future', { returnedOn: addDays(TODAY, 1) }, 'input.returnedOn', /future/],
    ['an id that is not a payment id', { id: 'payment-1' }, 'input.id', /UUID/],
  ])('%s is refused naming the field and changes nothing', async (_name, change, field, message) => {
    const paid = await record();
    const res = await call(RETURN, { input: { id: paid.id, version: 1, returnedOn: RETURNED_ON, reason: 'ACCOUNT_FROZEN', ...change } });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'markPaymentReturned');
    expect(error.extensions!.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(await kit.keys('SELECT status FROM payment WHERE id = $1', [paid.id])).toEqual(['PAID']);
  });

  test('a payment is returned once: a RETURNED or REISSUED one is refused naming the payment', async () => {
    const r = await returned();
    const twice = await call(RETURN, { input: { id: r.id, version: 2, returnedOn: RETURNED_ON, reason: 'ACCOUNT_FROZEN' } });
    expect(expectErrorCode(twice, 'BAD_USER_INPUT').message).toBe(
      `input.id: payment ${r.id} is RETURNED and cannot become RETURNED; it can become REISSUED`,
    );
    await call(REISSUE, { input: { paymentId: r.id, version: 2, paidOn: REISSUED_ON } });
    const reissued = await call(RETURN, { input: { id: r.id, version: 3, returnedOn: RETURNED_ON, reason: 'ACCOUNT_FROZEN' } });
    expect(expectErrorCode(reissued, 'BAD_USER_INPUT').message).toMatch(/is REISSUED and cannot become RETURNED; that is final/);
  });

  test('only a RETURNED payment is reissued, once', async () => {
    const paid = await record();
    const notReturned = await call(REISSUE, { input: { paymentId: paid.id, version: 1, paidOn: REISSUED_ON } });
    expect(expectErrorCode(notReturned, 'BAD_USER_INPUT').extensions!.field).toBe('input.paymentId');
    const r = await returned();
    await call(REISSUE, { input: { paymentId: r.id, version: 2, paidOn: REISSUED_ON } });
    const twice = await call(REISSUE, { input: { paymentId: r.id, version: 3, paidOn: REISSUED_ON } });
    expect(expectErrorCode(twice, 'BAD_USER_INPUT').message).toMatch(/is REISSUED and cannot become REISSUED; that is final/);
    expect(await count('SELECT count(*)::int AS count FROM payment WHERE reissue_of = $1', [r.id])).toBe(1);
  });

  test.each([
    ['into the closed account again', 'ACCOUNT_CLOSED', {}, 'input.accountNumber', /is required.*ACCOUNT_CLOSED/],
    ['into the same account it was not found in', 'ACCOUNT_NOT_FOUND', { sameAccount: true }, 'input.accountNumber', /another account/],
    ['before it was returned', 'ACCOUNT_FROZEN', { paidOn: addDays(RETURNED_ON, -1) }, 'input.paidOn', /before the payment was returned/],
    ['on a day still to come', 'ACCOUNT_FROZEN', { paidOn: addDays(TODAY, 1) }, 'input.paidOn', /future/],
    ['with a bank but no account', 'ACCOUNT_FROZEN', { bank: '中国工商银行' }, 'input.bank', /only with accountNumber/],
    [
      'into an account failing its check digit',
      'ACCOUNT_CLOSED',
      { accountNumber: '6228480000000000001', bank: '中国工商银行' },
      'input.accountNumber',
      /Luhn/,
    ],
    ['into a new account without its bank', 'ACCOUNT_CLOSED', { accountNumber: newAccount() }, 'input.bank', /required with accountNumber/],
  ])('a reissue %s is refused naming the field and changes nothing', async (_name, reason, change, field, message) => {
    const r = await returned({}, reason);
    const { sameAccount, ...rest } = change as Record<string, unknown>;
    const res = await call(REISSUE, {
      input: {
        paymentId: r.id,
        version: 2,
        paidOn: REISSUED_ON,
        ...(sameAccount ? { accountNumber: r.accountNumber, bank: r.bank } : {}),
        ...rest,
      },
    });
    const error = expectErrorCode(res, 'BAD_USER_INPUT', 'reissuePayment');
    expect(error.extensions!.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(await kit.db.query('SELECT status, version FROM payment WHERE person_key = $1', [r.person.id])).toEqual([
      { status: 'RETURNED', version: 2 },
    ]);
  });
});

describe('allocateFunds', () => {
  test('an allocation is stored on its budget line and counts as allocated', async () => {
    const [{ id, allocated }] = await kit.db.query(
      `SELECT b.id, (SELECT sum(amount_fen) FROM allocation a WHERE a.budget_id = b.id)::text AS allocated FROM budget b
        WHERE year = $1 AND region_code = $2 AND programme = 'TEMPORARY_ASSISTANCE'`,
      [YEAR, REGION],
    );
    const res = await call(ALLOCATE, { input: allocationInput({ amount: '123.45', reference: '宛财社〔2026〕88号' }) });
    expect(res.errors).toBeUndefined();
    const allocation = res.data!.allocateFunds;
    expect(allocation).toMatchObject({ allocatedOn: PAID_ON, amount: '123.45', reference: '宛财社〔2026〕88号', version: 1 });
    expect(allocation.budget).toMatchObject({ id, year: YEAR, programme: 'TEMPORARY_ASSISTANCE', region: { code: REGION } });
    expect(allocation.budget.allocated).toBe(money(BigInt(allocated) + 12345n));
    expect(await kit.keys('SELECT amount_fen FROM allocation WHERE id = $1', [allocation.id])).toEqual(['12345']);
  });

  test('an allocation beyond what remains unallocated is a CONFLICT saying what remains; what remains can be allocated', async () => {
    const input = allocationInput({ regionCode: '411325', programme: 'DISABILITY_SUBSIDIES' });
    const first = await call(ALLOCATE, { input });
    const remaining: string = first.data!.allocateFunds.budget.unallocated;
    const over = await call(ALLOCATE, { input: allocationInput({ ...input, amount: money(BigInt(remaining.replace('.', '')) + 1n) }) });
    const error = expectErrorCode(over, 'CONFLICT', 'allocateFunds');
    expect(error.extensions!.field).toBe('input.amount');
    expect(error.message).toContain(`${remaining} remains unallocated`);
    const rest = await call(ALLOCATE, { input: allocationInput({ ...input, amount: remaining }) });
    expect(rest.data!.allocateFunds.budget).toMatchObject({ unallocated: '0.00' });
  });

  test('the database holds the sum too: an allocation written beyond its line is refused', async () => {
    const [line] = await kit.db.query(
      "SELECT id, amount_fen FROM budget WHERE year = $1 AND region_code = '411302' AND programme = 'PRICE_SUBSIDY'",
      [YEAR],
    );
    await expect(
      kit.db.query("INSERT INTO allocation (budget_id, allocated_on, amount_fen, reference) VALUES ($1, '2026-11-02', $2, 'x')", [
        line.id,
        line.amount_fen,
      ]),
    ).rejects.toThrow(/would exceed its amount/);
    await expect(
      kit.db.query("INSERT INTO allocation (budget_id, allocated_on, amount_fen, reference) VALUES ($1, '2025-09-30', 1, 'x')", [line.id]),
    ).rejects.toThrow(/outside the year of budget/);
  });

  test.each([
    ['a day before the advance allocations of the year', { allocatedOn: '2025-09-30' }, 'input.allocatedOn'],
    ['a day after the year', { year: 2025, allocatedOn: '2026-01-01' }, 'input.allocatedOn'],
    ['a day in the future', { allocatedOn: addDays(TODAY, 1) }, 'input.allocatedOn'],
    ['an amount of 0.00', { amount: '0.00' }, 'input.amount'],
    ['a county outside the city', { regionCode: '110105' }, 'input.regionCode'],
    ['a year out of range', { year: 1999 }, 'input.year'],
    ['a reference of 51 characters', { reference: 'x'.repeat(51) }, 'input.reference'],
  ])('%s is refused naming the field and stores nothing', async (_name, overrides, field) => {
    const before = await count('SELECT count(*)::int AS count FROM allocation');
    const res = await call(ALLOCATE, { input: allocationInput(overrides) });
    expect(expectErrorCode(res, 'BAD_USER_INPUT', 'allocateFunds').extensions!.field).toBe(field);
    expect(await count('SELECT count(*)::int AS count FROM allocation')).toBe(before);
  });

  test('an allocation to a budget line that does not exist is NOT_FOUND', async () => {
    const res = await call(ALLOCATE, { input: allocationInput({ year: 2024, allocatedOn: '2024-05-01' }) });
    expect(expectErrorCode(res, 'NOT_FOUND', 'allocateFunds').message).toMatch(/the 2024 TEMPORARY_ASSISTANCE budget line of 411303/);
  });
});
