// The rules of civil affairs' records: the assistance-case lifecycle (which status may follow which, what each change must carry) and sane dates.
import { rankOf } from '../../../shared/src/loaders';
import { badUserInput } from '../../../shared/src/errors';
import { addYears, cityToday } from '../../../shared/src/dates';
import type { AssistanceProgram, CaseStatus, RelationToHead } from './generated/graphql';

/** The order a household lists its members in: the head, the spouse, then by relation (and by age within one). */
export const RELATION_ORDER = rankOf<RelationToHead>()(['HEAD', 'SPOUSE', 'PARENT', 'CHILD', 'GRANDCHILD', 'SIBLING', 'OTHER']);

export const NEXT_STATUSES: Record<CaseStatus, CaseStatus[]> = {
  APPLIED: ['UNDER_REVIEW', 'REJECTED'],
  UNDER_REVIEW: ['ACTIVE', 'REJECTED'],
  ACTIVE: ['SUSPENDED', 'TERMINATED'],
  SUSPENDED: ['ACTIVE', 'TERMINATED'],
  TERMINATED: [],
  REJECTED: [],
};

export interface CaseChange {
  from: CaseStatus;
  to: CaseStatus;
  program: AssistanceProgram;
  startDate: string;
  monthlyAmountFen: bigint | null;
  oneOffAmountFen: bigint | null;
  endDate: string | null;
  reason: string | null;
}

/** Throws BAD_USER_INPUT naming the field and the rule when a change breaks the lifecycle. */
export function checkCaseChange(c: CaseChange): void {
  if (c.from !== c.to && !NEXT_STATUSES[c.from].includes(c.to)) {
    const allowed = NEXT_STATUSES[c.from];
    throw badUserInput(
      'input.status',
      `a ${c.from} case cannot become ${c.to}; ${allowed.length ? `it can become ${allowed.join(' or ')}` : 'it is final'}`,
    );
  }
  if (['REJECTED', 'SUSPENDED', 'TERMINATED'].includes(c.to) && c.from !== c.to && !c.reason?.trim()) {
    throw badUserInput('input.reason', `is required to make a case ${c.to}`);
  }
  if (['REJECTED', 'TERMINATED'].includes(c.to) && c.from !== c.to && !c.endDate) {
    throw badUserInput('input.endDate', `is required to make a case ${c.to}`);
  }
  if (c.endDate && c.endDate < c.startDate) throw badUserInput('input.endDate', `must not be before the start date ${c.startDate}`);
  if (c.to === 'ACTIVE') {
    if (c.program === 'TEMPORARY_ASSISTANCE' && c.oneOffAmountFen === null)
      throw badUserInput('input.oneOffAmount', 'is required to grant temporary assistance');
    if (
      ['MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT'].includes(c.program) &&
      (c.monthlyAmountFen === null || c.monthlyAmountFen <= 0n)
    ) {
      throw badUserInput('input.monthlyAmount', `must be above 0.00 to make a ${c.program} case ACTIVE`);
    }
  }
  if (c.program === 'LOW_INCOME_CERTIFICATION' && (c.monthlyAmountFen ?? 0n) > 0n) {
    throw badUserInput('input.monthlyAmount', 'a low-income certification pays no monthly amount');
  }
}

/** Start and end dates of a case lie in a sane window: not before 1990, not more than a year ahead. */
export function checkCaseDate(field: string, date: string, now = new Date()): void {
  const limit = addYears(cityToday(now), 1);
  if (date < '1990-01-01' || date > limit) throw badUserInput(field, `must be between 1990-01-01 and ${limit}, got ${date}`);
}
