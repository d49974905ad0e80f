// The finance bureau's writes: payments (recorded, returned, reissued), allocations of funds, and the month's batch of
// price subsidies (src/price-subsidy.ts), through runMutation.
import { In } from 'typeorm';
import { badUserInput, notFound } from '../../../../shared/src/errors';
import { formatMoney } from '../../../../shared/src/money';
import { personKey } from '../../../../shared/src/person-key';
import { idNumberArg, intRangeArg, regionCodeArg, uuidArg } from '../../../../shared/src/validate';
import { runMutation, WriteTransaction } from '../../../../shared/src/writes/mutation';
import { addRow, changeRow, conflictOn, forUpdate, save, textArg } from '../../../../shared/src/writes/rows';
import { Allocation, Budget, Payee, Payment } from '../entities';
import type { BenefitProgramme, MutationResolvers } from '../generated/graphql';
import { runPriceSubsidyBatch } from '../price-subsidy';
import {
  accountArg,
  CHARGED_STATUSES,
  checkAllocationDate,
  checkPaymentAmount,
  checkPaymentDates,
  checkReissue,
  checkReturn,
  monthArg,
  yearOf,
} from '../rules';

const budgetName = (year: number, programme: BenefitProgramme, regionCode: string) =>
  `the ${year} ${programme} budget line of ${regionCode}`;

/** A budget line, locked so that the writes charged to it take turns: each sees what the one before it added. */
function lineFor(tx: WriteTransaction, year: number, regionCode: string, programme: BenefitProgramme): Promise<Budget | null> {
  return tx.manager.getRepository(Budget).findOne({ where: { year, regionCode, programme }, lock: { mode: 'pessimistic_write' } });
}

/** What the line's year of payments has used so far, in fen (served by the index payment_region). */
async function spentOf(tx: WriteTransaction, line: Budget): Promise<bigint> {
  const [{ spent }] = await tx.manager.query(
    `SELECT coalesce(sum(amount_fen), 0)::text AS spent FROM payment
      WHERE region_code = $1 AND programme = $2 AND month BETWEEN $3 AND $4 AND status = ANY($5)`,
    [line.regionCode, line.programme, `${line.year}-01`, `${line.year}-12`, CHARGED_STATUSES],
  );
  return BigInt(spent);
}

type Account = { bank: string; accountNumber: string };

/**
 * The person's payee record, locked so that their payments take turns, with `account` put on file when given: a new
 * record for a person paid for the first time (who must be paid into an account given), else the one on file.
 */
async function payeeFor(tx: WriteTransaction, key: string, idNumber: string, account: Account | null): Promise<Payee> {
  const payees = tx.manager.getRepository(Payee);
  const held = () => payees.findOne({ where: { personKey: key }, lock: { mode: 'pessimistic_write' } });
  let payee = await held();
  if (!payee) {
    if (!account) throw badUserInput('input.accountNumber', 'is required: the bureau has no account on file for this person yet');
    // A first payment of the same person written at the same moment waits here, then finds that one's record.
    const [created] = await tx.manager.query(
      'INSERT INTO payee (person_key, id_number, bank, account_number) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING person_key',
      [key, idNumber, account.bank, account.accountNumber],
    );
    if (created) {
      payee = Object.assign(new Payee(), { personKey: key, idNumber, ...account, version: 1 });
      await tx.record({ entityType: 'Payee', entityId: key, before: null, after: payee });
      return payee;
    }
    payee = (await held())!;
  }
  return account ? fileAccount(tx, payee, account) : payee;
}

/** Puts `account` on file for the payee, unless it is there already. */
async function fileAccount(tx: WriteTransaction, payee: Payee, account: Account): Promise<Payee> {
  if (payee.accountNumber === account.accountNumber && payee.bank === account.bank) return payee;
  return save(
    tx,
    Payee,
    'Payee',
    payee.personKey,
    { ...payee },
    Object.assign(new Payee(), { ...payee, ...account, version: payee.version + 1 }),
  );
}

export const Mutation: MutationResolvers = {
  recordPayment: (_, { input, idempotencyKey }, { db, identity, access, personKeySecret }) => {
    const idNumber = idNumberArg('input.idNumber', input.idNumber);
    const month = monthArg('input.month', input.month);
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    checkPaymentAmount('input.amount', input.amount);
    checkPaymentDates(month, input.paidOn);
    const account = accountArg(input);
    const key = personKey(idNumber, personKeySecret);
    access.persons.add(key);
    return runMutation(db, identity, { access, operation: 'recordPayment', idempotencyKey, input }, async (tx) => {
      const year = yearOf(month);
      const line = await lineFor(tx, year, regionCode, input.programme);
      if (!line)
        throw badUserInput('input.month', `${budgetName(year, input.programme, regionCode)} does not exist: a payment is charged to one`);
      const standing = await tx.manager
        .getRepository(Payment)
        .findOne({ where: { personKey: key, programme: input.programme, month, status: In(CHARGED_STATUSES) } });
      if (standing) {
        const then = standing.status === 'RETURNED' ? 'reissue it instead' : 'it stands';
        throw conflictOn(
          'input.month',
          `the person was already paid ${input.programme} for ${month} (${standing.status}); ${then}`,
          standing.id,
        );
      }
      const remaining = BigInt(line.amountFen) - (await spentOf(tx, line));
      if (input.amount > remaining)
        throw conflictOn(
          'input.amount',
          `${formatMoney(input.amount)} would exceed ${budgetName(year, input.programme, regionCode)}: ${formatMoney(remaining)} of ${formatMoney(line.amountFen)} remains`,
          line.id,
        );
      const payee = await payeeFor(tx, key, idNumber, account);
      return addRow(tx, Payment, 'Payment', {
        personKey: key,
        payeeKey: key,
        programme: input.programme,
        month,
        regionCode,
        amountFen: input.amount.toString(),
        paidOn: input.paidOn,
        bank: payee.bank,
        accountNumber: payee.accountNumber,
        status: 'PAID',
        returnedOn: null,
        returnReason: null,
        reissueOf: null,
      });
    });
  },

  markPaymentReturned: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.id', input.id);
    const payment = { where: { id }, what: `payment ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'markPaymentReturned', idempotencyKey, input }, (tx) =>
      changeRow(tx, Payment, 'Payment', payment, (current) => {
        access.persons.add(current.personKey);
        checkReturn(current, input.returnedOn);
        return { status: 'RETURNED', returnedOn: input.returnedOn, returnReason: input.reason };
      }),
    );
  },

  reissuePayment: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const id = uuidArg('input.paymentId', input.paymentId);
    const account = accountArg(input);
    const payment = { where: { id }, what: `payment ${id}`, version: input.version };
    return runMutation(db, identity, { access, operation: 'reissuePayment', idempotencyKey, input }, async (tx) => {
      // The returned payment leaves the month's standing payment first, so that its reissue can take its place.
      const returned = await changeRow(tx, Payment, 'Payment', payment, async (current) => {
        access.persons.add(current.personKey);
        checkReissue(current, input.paidOn, account?.accountNumber ?? null);
        if (account) await fileAccount(tx, await forUpdate(tx.manager, Payee, { personKey: current.personKey }, 'the payee'), account);
        return { status: 'REISSUED' };
      });
      return addRow(tx, Payment, 'Payment', {
        personKey: returned.personKey,
        payeeKey: returned.payeeKey,
        programme: returned.programme,
        month: returned.month,
        regionCode: returned.regionCode,
        amountFen: returned.amountFen,
        paidOn: input.paidOn,
        bank: account?.bank ?? returned.bank,
        accountNumber: account?.accountNumber ?? returned.accountNumber,
        status: 'PAID',
        returnedOn: null,
        returnReason: null,
        reissueOf: id,
      });
    });
  },

  allocateFunds: (_, { input, idempotencyKey }, { db, identity, access }) => {
    const year = intRangeArg('input.year', input.year, 2000, 2100)!;
    const regionCode = regionCodeArg('input.regionCode', input.regionCode)!;
    checkAllocationDate(year, input.allocatedOn);
    if (input.amount <= 0n) throw badUserInput('input.amount', 'must be above 0.00');
    const reference = textArg('input.reference', input.reference, 50);
    return runMutation(db, identity, { access, operation: 'allocateFunds', idempotencyKey, input }, async (tx) => {
      const line = await lineFor(tx, year, regionCode, input.programme);
      if (!line) throw notFound(budgetName(year, input.programme, regionCode));
      const [{ allocated }] = await tx.manager.query(
        'SELECT coalesce(sum(amount_fen), 0)::text AS allocated FROM allocation WHERE budget_id = $1',
        [line.id],
      );
      const remaining = BigInt(line.amountFen) - BigInt(allocated);
      if (input.amount > remaining)
        throw conflictOn(
          'input.amount',
          `${formatMoney(input.amount)} would take the allocations of ${budgetName(year, input.programme, regionCode)} beyond its ${formatMoney(line.amountFen)}: ${formatMoney(remaining)} remains unallocated`,
          line.id,
        );
      return addRow(tx, Allocation, 'Allocation', {
        budgetId: line.id,
        allocatedOn: input.allocatedOn,
        amountFen: input.amount.toString(),
        reference,
      });
    });
  },

  runPriceSubsidyBatch: (_, { input, idempotencyKey }, { db, graph, identity, access, background }) =>
    runPriceSubsidyBatch({ db, graph, identity, access, background, month: monthArg('input.month', input.month), idempotencyKey }),
};
