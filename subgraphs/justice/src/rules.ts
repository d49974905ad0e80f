// The justice bureau's rules in one place: the legal aid lifecycle and outcomes, the mediation lifecycle, whose
// decision a programme is, and the dates each record may carry.
import { cityToday } from '../../../shared/src/dates';
import { badUserInput } from '../../../shared/src/errors';
import { findRegion } from '../../../shared/src/regions';
import type { ContestedProgramme, DecidingUnit, LegalAidOutcome, LegalAidStatus, MediationStatus } from './generated/graphql';

/** The Legal Aid Regulations (法律援助条例) took effect: no case is older. */
export const LEGAL_AID_BEGAN = '2003-09-01';
/** The Interim Measures for Social Assistance took effect: no contested assistance decision is older. */
export const DECISIONS_BEGAN = '2014-05-01';

/** Lengths of the free text and names the bureau keeps; the migration's checks hold the same. */
export const MAX_TEXT = 500;
export const MAX_NAME = 50;

/** Which status a case may move to, and which write moves it: a lawyer may be replaced while the case is in progress. */
export const NEXT_STATUSES: Record<LegalAidStatus, LegalAidStatus[]> = {
  APPLIED: ['ACCEPTED', 'REJECTED', 'CLOSED'],
  ACCEPTED: ['IN_PROGRESS', 'CLOSED'],
  IN_PROGRESS: ['IN_PROGRESS', 'CLOSED'],
  REJECTED: [],
  CLOSED: [],
};

/** The cases still open: applied for, granted, or being handled. */
export const OPEN_CASE_STATUSES: LegalAidStatus[] = ['APPLIED', 'ACCEPTED', 'IN_PROGRESS'];

/** Outcomes that need a lawyer to have handled the case; a withdrawal closes any open case. */
export const HANDLED_OUTCOMES: LegalAidOutcome[] = ['WON', 'SETTLED', 'LOST'];

/** Throws BAD_USER_INPUT naming the case when `to` does not follow `from` (`action` says what was asked, e.g. "accepted"). */
export function checkCaseTransition(id: string, from: LegalAidStatus, to: LegalAidStatus, action: string): void {
  if (NEXT_STATUSES[from].includes(to)) return;
  const next = NEXT_STATUSES[from];
  throw badUserInput(
    'input.id',
    `legal aid case ${id} is ${from} and cannot be ${action}; ${next.length ? `it can become ${next.join(' or ')}` : `${from} is final`}`,
  );
}

/** WON, SETTLED and LOST are outcomes of a lawyer's work: only a case IN_PROGRESS closes with them. */
export function checkOutcome(from: LegalAidStatus, outcome: LegalAidOutcome): void {
  if (HANDLED_OUTCOMES.includes(outcome) && from !== 'IN_PROGRESS') {
    throw badUserInput('input.outcome', `a ${from} case no lawyer has handled closes only as WITHDRAWN, not ${outcome}`);
  }
}

/** Throws unless `status` is OPEN: a closed mediation does not change. */
export function checkMediationOpen(id: string, status: MediationStatus, closedOn: string | null): void {
  if (status !== 'OPEN') throw badUserInput('input.id', `mediation ${id} was closed on ${closedOn}; a closed mediation is final`);
}

/** A day from `earliest` (described by `since`) up to today: the bureau records what has happened. */
export function checkPastDay(field: string, date: string, earliest: string, since: string, today = cityToday()): void {
  if (date > today) throw badUserInput(field, `must not be in the future (today is ${today}), got ${date}`);
  if (date < earliest) throw badUserInput(field, `must not be before ${since} (${earliest}), got ${date}`);
}

/** The unit that decides each programme's cases. */
export const UNIT_OF: Record<ContestedProgramme, DecidingUnit> = {
  MINIMUM_LIVING_ALLOWANCE: 'CIVIL_AFFAIRS',
  EXTREME_POVERTY_SUPPORT: 'CIVIL_AFFAIRS',
  TEMPORARY_ASSISTANCE: 'CIVIL_AFFAIRS',
  LOW_INCOME_CERTIFICATION: 'CIVIL_AFFAIRS',
  EDUCATION_AID: 'EDUCATION',
  EMPLOYMENT_ASSISTANCE: 'HUMAN_RESOURCES',
  MEDICAL_ASSISTANCE: 'HEALTH',
  HOUSING_ASSISTANCE: 'HOUSING',
  DISABILITY_SUBSIDY: 'DISABLED_PERSONS',
};

/** The programmes whose decisions `unit` makes. */
export const programmesOf = (unit: DecidingUnit): ContestedProgramme[] =>
  (Object.keys(UNIT_OF) as ContestedProgramme[]).filter((p) => UNIT_OF[p] === unit);

/** Each county's legal aid centre, named for the county. */
export const legalAidCentre = (regionCode: string): string => `${findRegion(regionCode)?.name ?? regionCode}法律援助中心`;
