// The human-resources rules in one place: working and retirement ages, contribution bounds, the insurance lifecycle, sane dates.
import { rankOf } from '../../../shared/src/loaders';
import { addYears, cityToday } from '../../../shared/src/dates';
import { badUserInput } from '../../../shared/src/errors';
import { birthDateOf, genderOf } from '../../../shared/src/id-number';
import { formatMoney } from '../../../shared/src/money';
import type { EmploymentStatus, InsuranceScheme, InsuranceStatus, UnemploymentEndReason } from './generated/graphql';

/** The schemes in the order a person's enrolments list them: pension, medical, then the employee-only schemes. */
export const SCHEMES = rankOf<InsuranceScheme>()([
  'EMPLOYEE_PENSION',
  'RESIDENT_PENSION',
  'EMPLOYEE_MEDICAL',
  'RESIDENT_MEDICAL',
  'UNEMPLOYMENT',
  'WORK_INJURY',
  'MATERNITY',
]);
type Gender = 'MALE' | 'FEMALE';

/** 法定劳动年龄: the bureau keeps employment records from 16 on. */
export const MIN_WORKING_AGE = 16;
/** The oldest a person registers as unemployed (in whole years on the registration day). */
export const MAX_REGISTRATION_AGE: Record<Gender, number> = { FEMALE: 59, MALE: 60 };
/** The earliest retirement age: female workers 50, men 60. */
export const RETIREMENT_AGE: Record<Gender, number> = { FEMALE: 50, MALE: 60 };

/** Henan's 2026 monthly contribution base of the employee schemes, in fen: floor 3,800.00, ceiling 22,000.00. */
export const CONTRIBUTION_BASE_FLOOR_FEN = 380_000n;
export const CONTRIBUTION_BASE_CEILING_FEN = 2_200_000n;

/** Resident schemes have flat contribution grades chosen by the insured, not a base. */
export const RESIDENT_SCHEMES: readonly InsuranceScheme[] = ['RESIDENT_PENSION', 'RESIDENT_MEDICAL'];
/** Schemes an enrolment draws benefits from: pensions, unemployment benefit, retirees' medical cover. */
export const BENEFIT_SCHEMES: readonly InsuranceScheme[] = ['EMPLOYEE_PENSION', 'RESIDENT_PENSION', 'EMPLOYEE_MEDICAL', 'UNEMPLOYMENT'];
/** Benefits drawn from retirement age on (unemployment benefit is drawn by the registered unemployed instead). */
const RETIREMENT_BENEFITS: readonly InsuranceScheme[] = ['EMPLOYEE_PENSION', 'RESIDENT_PENSION', 'EMPLOYEE_MEDICAL'];
/** 重复参保: a person is in one pension scheme and one medical scheme at a time, the employee or the resident one. */
export const SAME_RISK: Partial<Record<InsuranceScheme, InsuranceScheme>> = {
  EMPLOYEE_PENSION: 'RESIDENT_PENSION',
  RESIDENT_PENSION: 'EMPLOYEE_PENSION',
  EMPLOYEE_MEDICAL: 'RESIDENT_MEDICAL',
  RESIDENT_MEDICAL: 'EMPLOYEE_MEDICAL',
};

export const NEXT_INSURANCE_STATUSES: Record<InsuranceStatus, InsuranceStatus[]> = {
  CONTRIBUTING: ['SUSPENDED', 'RECEIVING', 'TERMINATED'],
  SUSPENDED: ['CONTRIBUTING', 'TERMINATED'],
  RECEIVING: ['TERMINATED'],
  TERMINATED: [],
};

/** A new status ends an unemployment registration for this reason (就业登记 ends 失业登记). */
export const END_REASON_FOR_STATUS: Record<Exclude<EmploymentStatus, 'UNEMPLOYED'>, UnemploymentEndReason> = {
  EMPLOYED: 'EMPLOYED',
  FLEXIBLY_EMPLOYED: 'SELF_EMPLOYED',
  RETIRED: 'RETIRED',
  NOT_IN_LABOUR_FORCE: 'WITHDRAWN',
};
/** The status a registration's end leaves; moving away or withdrawing leaves the person unemployed. */
export const STATUS_AFTER_END: Record<UnemploymentEndReason, EmploymentStatus> = {
  EMPLOYED: 'EMPLOYED',
  SELF_EMPLOYED: 'FLEXIBLY_EMPLOYED',
  RETIRED: 'RETIRED',
  MOVED_AWAY: 'UNEMPLOYED',
  WITHDRAWN: 'UNEMPLOYED',
};

/** Older events are not recorded here. */
export const EARLIEST_DATE = '1980-01-01';

/** A date of something that happened: from EARLIEST_DATE to the city's today. */
export function checkDate(field: string, date: string, today = cityToday()): void {
  if (date < EARLIEST_DATE || date > today) throw badUserInput(field, `must be between ${EARLIEST_DATE} and today (${today}), got ${date}`);
}

/** The day the person (by the ID number's birth date) turns `years`. */
const birthday = (idNumber: string, years: number) => addYears(birthDateOf(idNumber), years);
const person = (idNumber: string) => `the person (${genderOf(idNumber) === 'MALE' ? 'a man' : 'a woman'} born ${birthDateOf(idNumber)})`;

/** Employment records, services and employee insurance begin at 16. */
export function checkWorkingAge(field: string, idNumber: string, on: string): void {
  const from = birthday(idNumber, MIN_WORKING_AGE);
  if (on < from) throw badUserInput(field, `${person(idNumber)} is ${MIN_WORKING_AGE} only from ${from}, after ${on}`);
}

/** RETIRED, and benefits drawn at retirement, from 50 (women) or 60 (men). */
export function checkRetirementAge(field: string, idNumber: string, on: string, what: string): void {
  const age = RETIREMENT_AGE[genderOf(idNumber)];
  const from = birthday(idNumber, age);
  if (on < from) throw badUserInput(field, `${what} needs retirement age ${age}: ${person(idNumber)} reaches it on ${from}, after ${on}`);
}

/** Registered unemployment is for working age: 16 to 59 for women, 16 to 60 for men. */
export function checkRegistrationAge(field: string, idNumber: string, on: string): void {
  checkWorkingAge(field, idNumber, on);
  const max = MAX_REGISTRATION_AGE[genderOf(idNumber)];
  const until = birthday(idNumber, max + 1);
  if (on >= until)
    throw badUserInput(
      field,
      `${person(idNumber)} is over ${max} on ${on}; unemployment registration is for ages ${MIN_WORKING_AGE} to ${max}`,
    );
}

/** Employee schemes and the resident pension from 16; resident medical insurance from birth. */
export function checkEnrolmentAge(field: string, scheme: InsuranceScheme, idNumber: string, since: string): void {
  if (scheme !== 'RESIDENT_MEDICAL') return checkWorkingAge(field, idNumber, since);
  if (since < birthDateOf(idNumber)) throw badUserInput(field, `must not be before ${person(idNumber)} was born`);
}

/** An employee scheme contributes on a base within this year's bounds; a resident scheme takes none. */
export function checkContributionBase(field: string, scheme: InsuranceScheme, baseFen: bigint | null, kept = false): void {
  if (RESIDENT_SCHEMES.includes(scheme)) {
    if (baseFen !== null)
      throw badUserInput(field, `${scheme} is a resident scheme with flat contribution grades; it takes no contribution base`);
    return;
  }
  const bounds = `from ${formatMoney(CONTRIBUTION_BASE_FLOOR_FEN)} to ${formatMoney(CONTRIBUTION_BASE_CEILING_FEN)} a month (Henan 2026)`;
  if (baseFen === null) throw badUserInput(field, `is required for ${scheme}: the monthly base ${bounds}`);
  if (baseFen < CONTRIBUTION_BASE_FLOOR_FEN || baseFen > CONTRIBUTION_BASE_CEILING_FEN) {
    throw badUserInput(
      field,
      kept
        ? `the enrolment's last base ${formatMoney(baseFen)} is outside ${bounds}; send a new contribution base`
        : `must be ${bounds}, got ${formatMoney(baseFen)}`,
    );
  }
}

export interface InsuranceChange {
  scheme: InsuranceScheme;
  idNumber: string;
  from: InsuranceStatus;
  to: InsuranceStatus;
  /** The base sent, and the one the enrolment has. */
  baseFen: bigint | null;
  currentBaseFen: bigint | null;
  /** The day benefits began, sent; and the enrolment's since. */
  since: string | null;
  currentSince: string;
}

/** Throws BAD_USER_INPUT naming the field and the rule when a change breaks the enrolment lifecycle. */
export function checkInsuranceChange(c: InsuranceChange): void {
  if (c.from === 'TERMINATED')
    throw badUserInput('input.id', 'the enrolment is TERMINATED; a terminated enrolment is final (enrol again instead)');
  const moving = c.from !== c.to;
  if (moving && !NEXT_INSURANCE_STATUSES[c.from].includes(c.to)) {
    throw badUserInput(
      'input.status',
      `a ${c.from} enrolment cannot become ${c.to}; it can become ${NEXT_INSURANCE_STATUSES[c.from].join(' or ')}`,
    );
  }
  if (!moving && c.baseFen === null)
    throw badUserInput('input.status', `nothing would change: send a new status or a contribution base (the enrolment is ${c.from})`);
  if (moving && c.to === 'RECEIVING') {
    if (!BENEFIT_SCHEMES.includes(c.scheme))
      throw badUserInput(
        'input.status',
        `${c.scheme} pays no benefit an enrolment draws; only ${BENEFIT_SCHEMES.join(', ')} become RECEIVING`,
      );
    if (!c.since) throw badUserInput('input.since', 'is required to make an enrolment RECEIVING: the day benefits began');
    if (c.since < c.currentSince) throw badUserInput('input.since', `must not be before the enrolment began on ${c.currentSince}`);
    if (RETIREMENT_BENEFITS.includes(c.scheme)) checkRetirementAge('input.since', c.idNumber, c.since, `${c.scheme} benefits`);
  } else if (c.since) {
    throw badUserInput('input.since', 'changes only when the enrolment becomes RECEIVING (the day benefits began)');
  }
  if (c.baseFen !== null && c.to !== 'CONTRIBUTING')
    throw badUserInput('input.contributionBase', `is set only on a CONTRIBUTING enrolment, not a ${c.to} one`);
  if (c.to === 'CONTRIBUTING') checkContributionBase('input.contributionBase', c.scheme, c.baseFen ?? c.currentBaseFen, c.baseFen === null);
}
