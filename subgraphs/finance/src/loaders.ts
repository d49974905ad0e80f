// Finance loaders, made per request: a person's ledger, payments by id and by the payment they reissue, budget lines,
// their allocations and spending, a price-subsidy batch's counties, and change histories.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { Allocation, Budget, Payment, PriceSubsidyCounty } from './entities';
import { CHARGED_STATUSES } from './rules';

/** What each budget line's year of payments has used (CHARGED_STATUSES), in fen; one statement per batch. */
function spentByBudgetId(db: DataSource): DataLoader<string, string> {
  return new DataLoader(async (ids) => {
    const rows: { id: string; spent: string }[] = await db.query(
      `SELECT b.id, coalesce(sum(p.amount_fen), 0)::text AS spent
         FROM budget b
         LEFT JOIN payment p ON p.region_code = b.region_code AND p.programme = b.programme
          AND p.month BETWEEN b.year || '-01' AND b.year || '-12' AND p.status = ANY($2)
        WHERE b.id = ANY($1)
        GROUP BY b.id`,
      [[...ids], CHARGED_STATUSES],
    );
    const byId = new Map(rows.map((r) => [r.id, r.spent]));
    return ids.map((id) => byId.get(id) ?? '0');
  });
}

export function createLoaders(db: DataSource) {
  const payments = db.getRepository(Payment);
  return {
    /** A person's whole ledger in its one order (ledger.ts pages it): newest month first, then the latest paid. */
    paymentsByPersonKey: manyByKey(payments, 'personKey', [
      { by: 'month', desc: true },
      { by: 'paidOn', desc: true },
      { by: 'id', desc: true },
    ]),
    paymentById: oneByKey(payments, 'id'),
    /** Keyed by the returned payment's id: the payment that paid it again. */
    reissueByPaymentId: oneByKey(payments, 'reissueOf'),
    budgetById: oneByKey(db.getRepository(Budget), 'id'),
    allocationsByBudgetId: manyByKey(db.getRepository(Allocation), 'budgetId', ['allocatedOn']),
    spentByBudgetId: spentByBudgetId(db),
    /** A month's price-subsidy batch per county, by county code. */
    subsidyCounties: manyByKey(db.getRepository(PriceSubsidyCounty), 'month', ['regionCode']),
    paymentHistory: changeHistoryLoader(db, 'Payment'),
    allocationHistory: changeHistoryLoader(db, 'Allocation'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
