// Pages of a ledger already in memory (a person's, or a household's members' together), newest month first.
//
// A person's ledger is small (about twelve payments a year per programme) and is read whole by one statement per
// batch of persons (loaders.ts), so a page of it is cut here rather than in SQL: N persons still cost one statement.
// The cursor is the position of the last payment seen (month, day paid, id), so it stays good as payments are added.
import { badUserInput } from '../../../shared/src/errors';
import { Connection, encodeCursor, PageArgs, pageWindow } from '../../../shared/src/pagination';
import { Payment } from './entities';

/** The ledger's order as a sort key that compares as text: month, day paid and id, each of fixed width. */
const positionOf = (p: Payment) => `${p.month}|${p.paidOn}|${p.id}`;
const POSITION = /^\d{4}-\d{2}\|\d{4}-\d{2}-\d{2}\|[0-9a-f-]{36}$/;

/** Newest first: the order of loaders.paymentsByPersonKey, for merging several persons' ledgers. */
export const newestFirst = (a: Payment, b: Payment) => (positionOf(a) < positionOf(b) ? 1 : positionOf(a) > positionOf(b) ? -1 : 0);

/** One page of `ledger` (newest first), or null when it is empty: the bureau paid nothing. */
export function ledgerPage(ledger: Payment[], args: PageArgs): Connection<Payment> | null {
  const window = pageWindow(args);
  if (window.afterKey !== null && !POSITION.test(window.afterKey))
    throw badUserInput('after', 'is not a cursor of a ledger; pass pageInfo.endCursor of payments unchanged');
  if (ledger.length === 0) return null;
  const after = window.afterKey;
  const rest = after === null ? ledger : ledger.filter((p) => positionOf(p) < after);
  const page = rest.slice(0, window.limit);
  return {
    nodes: page,
    pageInfo: { hasNextPage: rest.length > window.limit, endCursor: page.length ? encodeCursor(positionOf(page[page.length - 1])) : null },
    totalCount: async () => ledger.length,
  };
}

/** A list ordered by (day, id) newest first: where its cursor (the decoded after key) stands. */
export function dayPosition(afterKey: string | null): { day: string; id: string } | null {
  if (afterKey === null) return null;
  const m = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})$/.exec(afterKey);
  if (!m) throw badUserInput('after', 'is not a cursor this list gave out; pass pageInfo.endCursor unchanged');
  return { day: m[1], id: m[2] };
}
