// The rules of the commission's records: who may be placed and when, the construction projects' lifecycle, bounds and dates, the plans' years.
import { badUserInput } from '../../../shared/src/errors';
import { addYears, cityToday as today } from '../../../shared/src/dates';
import { formatMoney } from '../../../shared/src/money';
import type { ConstructionKind, ConstructionStatus, FiveYearPlan } from './generated/graphql';

/** 特困 minors are cared for by children's welfare institutions (儿童福利机构), not by support institutions. */
export const ADULT_AGE = 16;
/** Placements begin after the regulations on rural five-guarantee support (农村五保供养工作条例, 2006); the migration holds the same. */
export const PLACEMENTS_BEGAN = '2006-01-01';

/**
 * A person moves in on a day that is not in the future, when at least 16, not before the institution opened and not
 * before their previous placement ended (a transfer may end and begin on the same day).
 */
export function checkPlacementSince(
  since: string,
  facts: { birthDate: string; openedOn: string; previousEnd: string | null },
  now = new Date(),
): void {
  if (since > today(now)) throw badUserInput('input.since', `must not be in the future (today is ${today(now)})`);
  if (since < PLACEMENTS_BEGAN) throw badUserInput('input.since', `must not be before ${PLACEMENTS_BEGAN}`);
  const adult = addYears(facts.birthDate, ADULT_AGE);
  if (since < adult)
    throw badUserInput(
      'input.idNumber',
      `the person is under ${ADULT_AGE} on ${since} (${ADULT_AGE} on ${adult}): a child is cared for by a children's welfare institution`,
    );
  if (since < facts.openedOn) throw badUserInput('input.since', `must not be before the institution opened on ${facts.openedOn}`);
  if (facts.previousEnd && since < facts.previousEnd)
    throw badUserInput('input.since', `must not be before the person's previous placement ended on ${facts.previousEnd}`);
}

/** A placement ends on a day from the day the person moved in up to today. */
export function checkPlacementEnd(endedOn: string, since: string, now = new Date()): void {
  if (endedOn > today(now)) throw badUserInput('input.endedOn', `must not be in the future (today is ${today(now)})`);
  if (endedOn < since) throw badUserInput('input.endedOn', `must not be before the person moved in on ${since}`);
}

export const NEXT_PROJECT_STATUSES: Record<ConstructionStatus, ConstructionStatus[]> = {
  PLANNED: ['UNDER_CONSTRUCTION', 'SUSPENDED'],
  UNDER_CONSTRUCTION: ['COMPLETED', 'SUSPENDED'],
  SUSPENDED: ['UNDER_CONSTRUCTION'],
  COMPLETED: [],
};

/** Statuses of a project not yet completed: one per institution at a time. */
export const OPEN_PROJECT_STATUSES: ConstructionStatus[] = ['PLANNED', 'UNDER_CONSTRUCTION', 'SUSPENDED'];

/** Projects are planned from the 13th Five-Year plan on; the migration holds the same. */
export const PROJECTS_BEGAN = '2016-01-01';
/** A project is planned at most this far ahead and takes at most this long; the migration holds the same. */
export const PROJECT_YEARS = 5;
export const MAX_BEDS_ADDED = 2000;
/** 1,000,000,000.00 yuan: far above any county's project. */
export const MAX_INVESTMENT_FEN = 100_000_000_000n;
export const MAX_CARE_STAFF = 1000;

/** Beds a project adds: at least one, but a renovation may add none. */
export function checkBedsAdded(kind: ConstructionKind, beds: number): void {
  const min = kind === 'RENOVATION' ? 0 : 1;
  if (!Number.isInteger(beds) || beds < min || beds > MAX_BEDS_ADDED)
    throw badUserInput('input.bedsAdded', `must be an integer from ${min} to ${MAX_BEDS_ADDED} for a ${kind}, got ${beds}`);
}

export function checkInvestment(fen: bigint): void {
  if (fen <= 0n || fen > MAX_INVESTMENT_FEN)
    throw badUserInput('input.investment', `must be above 0.00 and at most ${formatMoney(MAX_INVESTMENT_FEN)}`);
}

/** Planned from 2016, starting at most five years ahead and completing after the start, within five years of it. */
export function checkPlannedDates(plannedStart: string, plannedCompletion: string, now = new Date()): void {
  if (plannedStart < PROJECTS_BEGAN) throw badUserInput('input.plannedStart', `must not be before ${PROJECTS_BEGAN}`);
  const ahead = addYears(today(now), PROJECT_YEARS);
  if (plannedStart > ahead) throw badUserInput('input.plannedStart', `must not be more than ${PROJECT_YEARS} years ahead (${ahead})`);
  if (plannedCompletion <= plannedStart) throw badUserInput('input.plannedCompletion', `must be after the planned start ${plannedStart}`);
  const latest = addYears(plannedStart, PROJECT_YEARS);
  if (plannedCompletion > latest)
    throw badUserInput(
      'input.plannedCompletion',
      `must be at most ${PROJECT_YEARS} years after the planned start, ${latest} at the latest`,
    );
}

export interface ProjectChange {
  from: ConstructionStatus;
  to: ConstructionStatus;
  kind: ConstructionKind;
  on: string;
  startDate: string | null;
  note: string | null;
  careStaff: number | null;
}

/** Throws BAD_USER_INPUT naming the field and the rule when a change breaks the project's lifecycle. */
export function checkProjectChange(c: ProjectChange, now = new Date()): void {
  if (c.from === c.to) throw badUserInput('input.status', `the project is already ${c.from}`);
  if (!NEXT_PROJECT_STATUSES[c.from].includes(c.to)) {
    const allowed = NEXT_PROJECT_STATUSES[c.from];
    throw badUserInput(
      'input.status',
      `a ${c.from} project cannot become ${c.to}; ${allowed.length ? `it can become ${allowed.join(' or ')}` : 'it is final'}`,
    );
  }
  if (c.on > today(now)) throw badUserInput('input.on', `must not be in the future (today is ${today(now)})`);
  if (c.on < PROJECTS_BEGAN) throw badUserInput('input.on', `must not be before ${PROJECTS_BEGAN}`);
  if (c.startDate && c.on < c.startDate) throw badUserInput('input.on', `must not be before construction started on ${c.startDate}`);
  if (c.to === 'SUSPENDED' && !c.note) throw badUserInput('input.note', 'is required to suspend a project: say why');
  const opens = c.to === 'COMPLETED' && c.kind === 'NEW_BUILD';
  if (opens && c.careStaff === null)
    throw badUserInput('input.careStaff', 'is required to complete a NEW_BUILD: the care staff of the institution it opens');
  if (!opens && c.careStaff !== null) throw badUserInput('input.careStaff', 'is given only to complete a NEW_BUILD');
}

/** The Five-Year plan a year belongs to. */
export function planOf(year: number): FiveYearPlan {
  return year <= 2025 ? 'FOURTEENTH' : 'FIFTEENTH';
}
