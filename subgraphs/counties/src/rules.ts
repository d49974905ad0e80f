// The county governments' rules in one place: what is overdue, how decisions and supervision items move, their dates.
import { addYears, cityToday } from '../../../shared/src/dates';
import { badUserInput } from '../../../shared/src/errors';
import type { ImplementationStatus } from './generated/graphql';

/** How far ahead a due date or a deadline may be set: a county plans in years, not decades. */
export const MAX_YEARS_AHEAD = 2;
/** Decisions a meeting may record: the points of its minutes, not a plan. */
export const MAX_DECISIONS = 20;

/** Not done, and due before the city's today. */
export const isOverdue = (status: ImplementationStatus, due: string, today = cityToday()): boolean => status !== 'DONE' && due < today;

/** Where each status may move: forward only, and DONE is final. */
const NEXT: Record<ImplementationStatus, ImplementationStatus[]> = { OPEN: ['IN_PROGRESS', 'DONE'], IN_PROGRESS: ['DONE'], DONE: [] };

/** Throws BAD_USER_INPUT naming the field and the rule when a decision's change breaks them. */
export function checkDecisionChange(
  from: ImplementationStatus,
  to: ImplementationStatus,
  note: string | null,
  doneOn: string | null,
): void {
  if (from === 'DONE') throw badUserInput('input.id', `the decision was marked DONE on ${doneOn}; a done decision does not change`);
  if (!NEXT[from].includes(to)) {
    throw badUserInput('input.status', `a decision ${from} moves only to ${NEXT[from].join(' or ')}; it does not go back or stay`);
  }
  if (to === 'DONE' && note === null) throw badUserInput('input.note', 'is required to mark a decision DONE: say what was done');
}

/** A closed item does not change: a task that comes back is a new item. */
export function checkItemOpen(status: ImplementationStatus, closedOn: string | null): void {
  if (status === 'DONE')
    throw badUserInput('input.id', `the item was closed on ${closedOn}; a closed item does not change: open a new one`);
}

/** A date from `earliest` to `latest`, both included. */
export function checkDateBetween(
  field: string,
  date: string,
  earliest: string,
  latest: string,
  what: { earliest: string; latest: string },
): void {
  if (date < earliest) throw badUserInput(field, `must not be before ${what.earliest} (${earliest}), got ${date}`);
  if (date > latest) throw badUserInput(field, `must not be after ${what.latest} (${latest}), got ${date}`);
}

/** The latest a due date or deadline set on `from` may be. */
export const latestDue = (from: string): string => addYears(from, MAX_YEARS_AHEAD);
