// The rules of the disabled persons' federation's records: the subsidy lifecycle (which status may follow which, what each change must carry), who qualifies.
import { badUserInput } from '../../../shared/src/errors';
import { addYears, cityToday as today } from '../../../shared/src/dates';
import { DisabilityCertificate } from './entities';
import type { DisabilitySubsidyKind, DisabilitySubsidyStatus } from './generated/graphql';

export const NEXT_STATUSES: Record<DisabilitySubsidyStatus, DisabilitySubsidyStatus[]> = {
  APPLIED: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['SUSPENDED', 'TERMINATED'],
  SUSPENDED: ['ACTIVE', 'TERMINATED'],
  TERMINATED: [],
};

/** Statuses of a subsidy still running or awaiting a decision: one of a kind per person at a time. */
export const OPEN_STATUSES: DisabilitySubsidyStatus[] = ['APPLIED', 'ACTIVE', 'SUSPENDED'];

/** The care subsidy is for the most severe grades. */
export const SEVERE_CARE_GRADES = [1, 2];

/** The most a subsidy may pay a month: 1,000.00 yuan, well above the city's standards. */
export const MAX_MONTHLY_FEN = 100_000n;

export function checkMonthlyAmount(field: string, fen: bigint): void {
  if (fen <= 0n || fen > MAX_MONTHLY_FEN) throw badUserInput(field, 'must be above 0.00 and at most 1000.00');
}

/**
 * A subsidy of `kind` is paid only on a certificate valid today, and SEVERE_CARE only for grades 1-2.
 * `fields` name what the caller sent: the kind (or the status it asks for) and the person.
 */
export function checkEligibility(
  fields: { kind: string; person: string },
  kind: DisabilitySubsidyKind,
  certificate: DisabilityCertificate,
  now = new Date(),
): void {
  if (kind === 'SEVERE_CARE' && !SEVERE_CARE_GRADES.includes(certificate.grade)) {
    throw badUserInput(
      fields.kind,
      `SEVERE_CARE is for grades ${SEVERE_CARE_GRADES.join(' and ')}; the holder's certificate is grade ${certificate.grade}`,
    );
  }
  if (certificate.validUntil < today(now)) {
    throw badUserInput(fields.person, `the holder's certificate expired on ${certificate.validUntil}; reassess the holder first`);
  }
}

/** A subsidy starts within the certificate's validity and not more than a year ahead. */
export function checkStartDate(field: string, startDate: string, certificate: DisabilityCertificate, now = new Date()): void {
  const limit = addYears(today(now), 1);
  if (startDate > limit) throw badUserInput(field, `must not be more than a year ahead (${limit}), got ${startDate}`);
  if (startDate < certificate.issuedOn)
    throw badUserInput(field, `must not be before the certificate was issued on ${certificate.issuedOn}`);
  if (startDate > certificate.validUntil)
    throw badUserInput(field, `must not be after the certificate expires on ${certificate.validUntil}`);
}

export interface SubsidyChange {
  from: DisabilitySubsidyStatus;
  to: DisabilitySubsidyStatus;
  startDate: string;
  endDate: string | null;
  reason: string | null;
}

/** Throws BAD_USER_INPUT naming the field and the rule when a change breaks the lifecycle. */
export function checkSubsidyChange(c: SubsidyChange, now = new Date()): void {
  if (c.from === c.to) throw badUserInput('input.status', `the subsidy is already ${c.from}`);
  if (!NEXT_STATUSES[c.from].includes(c.to)) {
    const allowed = NEXT_STATUSES[c.from];
    throw badUserInput(
      'input.status',
      `a ${c.from} subsidy cannot become ${c.to}; ${allowed.length ? `it can become ${allowed.join(' or ')}` : 'it is final'}`,
    );
  }
  if ((c.to === 'SUSPENDED' || c.to === 'TERMINATED') && !c.reason)
    throw badUserInput('input.reason', `is required to make a subsidy ${c.to}`);
  if (c.to !== 'TERMINATED' && c.endDate) throw badUserInput('input.endDate', 'is set only when terminating a subsidy');
  if (c.to === 'TERMINATED') {
    if (!c.endDate) throw badUserInput('input.endDate', 'is required to terminate a subsidy: the last day paid');
    if (c.endDate < c.startDate) throw badUserInput('input.endDate', `must not be before the start date ${c.startDate}`);
    const limit = addYears(today(now), 1);
    if (c.endDate > limit) throw badUserInput('input.endDate', `must not be more than a year ahead (${limit})`);
  }
}
