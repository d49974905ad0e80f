// Finance entry points: the analysts' lists of recipients and of returned payments, budget lines, evaluations, and a
// month's price-subsidy batch.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { countRows, pageWindow, personKeyPage, toConnection } from '../../../../shared/src/pagination';
import { intRangeArg, regionCodeArg } from '../../../../shared/src/validate';
import { Budget, Payment, PerformanceEvaluation, PriceSubsidyBatch } from '../entities';
import type { PaymentRecipientFilter, QueryResolvers } from '../generated/graphql';
import { dayPosition } from '../ledger';
import { monthArg } from '../rules';

const yearArg = (field: string, year: number | null | undefined) => intRangeArg(field, year, 2000, 2100);

/** The persons paymentRecipients(filter) lists, grouped by key: the list and its cohort keys. */
function recipientsMatching(db: DataSource, filter?: PaymentRecipientFilter | null) {
  const f = filter ?? {};
  const region = regionCodeArg('filter.regionCode', f.regionCode);
  const month = f.month != null ? monthArg('filter.month', f.month) : null;
  // A person once, however many of their payments match: grouped by the key, the page's order.
  const query = db.getRepository(Payment).createQueryBuilder('p').select('p.person_key', 'key').groupBy('p.person_key');
  if (region) query.andWhere('p.region_code = :region', { region });
  if (f.programme) query.andWhere('p.programme = :programme', { programme: f.programme });
  if (month) query.andWhere('p.month = :month', { month });
  if (f.status) query.andWhere('p.status = :status', { status: f.status });
  return query;
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  paymentRecipients: (db, filter: PaymentRecipientFilter | null | undefined) => ({
    query: recipientsMatching(db, filter),
    column: 'p.person_key',
  }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  paymentRecipients: (_, args, { db }) => personKeyPage(recipientsMatching(db, args.filter), 'p.person_key', args),

  returnedPayments: async (_, args, { db }) => {
    const f = args.filter ?? {};
    const region = regionCodeArg('filter.regionCode', f.regionCode);
    const window = pageWindow(args);
    const position = dayPosition(window.afterKey);
    // The condition of the index payment_returned, as written there.
    const query = db.getRepository(Payment).createQueryBuilder('p').where("p.status <> 'PAID'");
    if (region) query.andWhere('p.region_code = :region', { region });
    if (f.programme) query.andWhere('p.programme = :programme', { programme: f.programme });
    if (f.reason) query.andWhere('p.return_reason = :reason', { reason: f.reason });
    if (f.outstanding != null) query.andWhere('p.status = :status', { status: f.outstanding ? 'RETURNED' : 'REISSUED' });
    const page = query.clone();
    if (position) page.andWhere('(p.returned_on, p.id) < (:day, :id)', position);
    const rows = await page
      .orderBy('p.returnedOn', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(window.limit + 1)
      .getMany();
    return toConnection(
      rows,
      window,
      (row) => `${row.returnedOn}|${row.id}`,
      (row) => row,
      () => countRows(query),
    );
  },

  budgets: async (_, args, { db, loaders }) => {
    const year = yearArg('year', args.year)!;
    const region = regionCodeArg('regionCode', args.regionCode);
    const lines = await db.getRepository(Budget).find({
      where: { year, ...(region ? { regionCode: region } : {}), ...(args.programme ? { programme: args.programme } : {}) },
      order: { regionCode: 'ASC', programme: 'ASC' },
    });
    for (const line of lines) loaders.budgetById.prime(line.id, line);
    return lines;
  },

  performanceEvaluations: (_, args, { db }) => {
    const year = yearArg('year', args.year);
    const region = regionCodeArg('regionCode', args.regionCode);
    return db.getRepository(PerformanceEvaluation).find({
      where: { ...(year !== null ? { year } : {}), ...(region ? { regionCode: region } : {}) },
      order: { year: 'DESC', regionCode: 'ASC' },
    });
  },

  priceSubsidyBatch: (_, { month }, { db }) => db.getRepository(PriceSubsidyBatch).findOne({ where: { month: monthArg('month', month) } }),
};
