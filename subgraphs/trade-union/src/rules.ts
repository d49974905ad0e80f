// The trade-union rules in one place: a file's status changes, what aid needs, and sane dates.
import { badUserInput } from '../../../shared/src/errors';
import { cityToday } from '../../../shared/src/dates';
import { formatMoney } from '../../../shared/src/money';
import type { DifficultWorkerStatus, UnionAidKind } from './generated/graphql';

export interface FileChange {
  from: DifficultWorkerStatus;
  to: DifficultWorkerStatus;
  levelChanged: boolean;
  reasonChanged: boolean;
  note: string | null;
}

/** Throws BAD_USER_INPUT naming the field and the rule when a file change breaks the rules. */
export function checkFileChange(c: FileChange): void {
  if (c.from === 'ACTIVE' && c.to === 'LEFT_DIFFICULTY' && !c.note) {
    throw badUserInput('input.note', 'is required to mark a worker LEFT_DIFFICULTY: say why (new job, income above the line...)');
  }
  // A closed file records the difficulty as it was; a new difficulty re-opens the file first.
  if (c.to === 'LEFT_DIFFICULTY' && (c.levelChanged || c.reasonChanged)) {
    throw badUserInput(
      c.levelChanged ? 'input.level' : 'input.reason',
      'a file that LEFT_DIFFICULTY keeps its level and reason; re-open it (status ACTIVE) to change them',
    );
  }
}

/** Aid that only a worker on file (ACTIVE) may get. */
export const AID_NEEDS_ACTIVE_FILE: UnionAidKind[] = ['SCHOOLING', 'MEDICAL'];
export const MAX_AID_FEN = 5_000_000n;

/** At most 50,000.00; 0.00 only for legal aid, which may be given as a service. */
export function checkAidAmount(kind: UnionAidKind, amountFen: bigint): void {
  if (amountFen > MAX_AID_FEN) throw badUserInput('input.amount', `must be at most 50000.00, got ${formatMoney(amountFen)}`);
  if (amountFen === 0n && kind !== 'LEGAL')
    throw badUserInput('input.amount', `must be above 0.00 for ${kind} (only LEGAL aid may be 0.00, given as a service)`);
}

/** A date from `earliest` up to today: files and grants record what has happened. */
export function checkPastDate(field: string, date: string, earliest: string, today = cityToday()): void {
  if (date < earliest || date > today) throw badUserInput(field, `must be between ${earliest} and today (${today}), got ${date}`);
}
