// The rules of the commission's records: a contract's number and term and its one extension, a transfer's area,
// rent and term against its contract, and the lifecycles (a terminated contract and an ended transfer are final).
import { badUserInput } from '../../../shared/src/errors';
import { addYears, cityToday as today } from '../../../shared/src/dates';
import { formatMoney } from '../../../shared/src/money';
import { isRegionCode } from '../../../shared/src/regions';
import { decimalOf, hundredthsOf } from './area';
import { LandContract } from './entities';
import type { LandTransferStatus } from './generated/graphql';

/** The largest household contract the commission records, in mu: far above any household's allotment in the city. */
export const MAX_CONTRACT_MU = 100;
export const MAX_MEMBERS = 30;
/** The term of cultivated land (耕地的承包期为三十年), and its one extension when it ends: Rural Land Contract Law Art 21. */
export const CONTRACT_YEARS = 30;
export const EXTENSION_YEARS = 30;
/** Contracts are extended within the last years of their term (the second round ends in 2027-2028). */
export const EXTENSION_WINDOW_YEARS = 5;
/** The first household contracts (小岗村, late 1978): no contract starts earlier. */
export const FIRST_CONTRACTS = '1978-12-01';
/** The most rent a transfer may carry: 5,000.00 yuan a mu a year, i.e. 5,000 fen per hundredth of a mu. */
export const MAX_RENT_FEN_PER_HUNDREDTH = 5000n;
/** The contracting party's 18-digit code (county 6, township 3, village 3, group 2, household 4) and J: household contracting. */
export const CONTRACT_NUMBER = /^(\d{6})\d{12}J$/;

/** A contract number, trimmed and in capitals; its first six digits must be a county of the city, which they name. */
export function contractNumberArg(field: string, raw: string): { number: string; regionCode: string } {
  const number = raw.trim().toUpperCase();
  const m = CONTRACT_NUMBER.exec(number);
  if (!m)
    throw badUserInput(field, 'must be 18 digits and J (the contracting party code and household contracting), e.g. 411328105203040012J');
  if (!isRegionCode(m[1])) throw badUserInput(field, `begins with ${m[1]}, which is not a county code of this city`);
  return { number, regionCode: m[1] };
}

/** A contract starts no earlier than the first contracts and at most a year ahead, runs at most 30 years, and is in force. */
export function checkContractTerm(startDate: string, endDate: string, now = new Date()): void {
  const ahead = addYears(today(now), 1);
  if (startDate < FIRST_CONTRACTS)
    throw badUserInput('input.startDate', `must not be before ${FIRST_CONTRACTS}, the first household contracts`);
  if (startDate > ahead) throw badUserInput('input.startDate', `must not be more than a year ahead (${ahead})`);
  if (endDate <= startDate) throw badUserInput('input.endDate', `must be after the start ${startDate}`);
  const latest = addYears(startDate, CONTRACT_YEARS);
  if (endDate > latest)
    throw badUserInput(
      'input.endDate',
      `must be at most ${CONTRACT_YEARS} years after the start, ${latest} at the latest (the term of cultivated land)`,
    );
  if (endDate < today(now))
    throw badUserInput('input.endDate', `has passed (today is ${today(now)}); only contracts in force are recorded`);
}

/** The end of the extended term; refused unless the contract is ACTIVE, not yet extended and in the last years of its term. */
export function extendedEnd(contract: LandContract, now = new Date()): string {
  if (contract.status !== 'ACTIVE')
    throw badUserInput('input.id', `the contract is ${contract.status}; only an ACTIVE contract is extended`);
  if (contract.extendedOn)
    throw badUserInput('input.id', `the contract was extended on ${contract.extendedOn}; a contract is extended once`);
  const window = addYears(today(now), EXTENSION_WINDOW_YEARS);
  if (contract.endDate > window)
    throw badUserInput(
      'input.id',
      `the contract's term ends on ${contract.endDate}; contracts are extended within the last ${EXTENSION_WINDOW_YEARS} years of their term (from ${addYears(contract.endDate, -EXTENSION_WINDOW_YEARS)})`,
    );
  return addYears(contract.endDate, EXTENSION_YEARS);
}

/** A contract is terminated while ACTIVE, on a day within its term and not in the future, and with none of its land transferred. */
export function checkContractTermination(contract: LandContract, endedOn: string, activeTransferIds: string[], now = new Date()): void {
  if (contract.status !== 'ACTIVE') throw badUserInput('input.id', `the contract is already ${contract.status}; termination is final`);
  if (endedOn < contract.startDate) throw badUserInput('input.endedOn', `must not be before the contract's start ${contract.startDate}`);
  if (endedOn > today(now)) throw badUserInput('input.endedOn', `must not be in the future (today is ${today(now)})`);
  if (activeTransferIds.length)
    throw badUserInput('input.id', `the contract's land is in ACTIVE transfers (${activeTransferIds.join(', ')}); end them first`);
}

export interface TransferRequest {
  areaHundredths: number;
  /** Hundredths of a mu in the contract's other ACTIVE transfers. */
  otherHundredths: number;
  annualRentFen: bigint;
  startDate: string;
  endDate: string;
}

/** A transfer's land, rent and term against its contract: ACTIVE, enough land free, a rent within bounds, a term within the contract's. */
export function checkTransfer(contract: LandContract, t: TransferRequest, now = new Date()): void {
  if (contract.status !== 'ACTIVE')
    throw badUserInput('input.contractId', `the contract is ${contract.status}; only an ACTIVE contract's land is transferred`);
  const area = hundredthsOf(contract.areaMu);
  const free = area - t.otherHundredths;
  if (t.areaHundredths > free)
    throw badUserInput(
      'input.areaMu',
      `must be at most ${decimalOf(Math.max(0, free))} mu: the contract's ${contract.areaMu} mu less ${decimalOf(t.otherHundredths)} mu in its other ACTIVE transfers`,
    );
  const maxRent = BigInt(t.areaHundredths) * MAX_RENT_FEN_PER_HUNDREDTH;
  if (t.annualRentFen > maxRent)
    throw badUserInput(
      'input.annualRent',
      `must be at most 5000.00 a mu a year: ${formatMoney(maxRent)} for ${decimalOf(t.areaHundredths)} mu`,
    );
  const ahead = addYears(today(now), 1);
  if (t.startDate < contract.startDate)
    throw badUserInput('input.startDate', `must not be before the contract's start ${contract.startDate}`);
  if (t.startDate > ahead) throw badUserInput('input.startDate', `must not be more than a year ahead (${ahead})`);
  if (t.endDate <= t.startDate) throw badUserInput('input.endDate', `must be after the start ${t.startDate}`);
  if (t.endDate < today(now))
    throw badUserInput('input.endDate', `has passed (today is ${today(now)}); only transfers in force are recorded`);
  if (t.endDate > contract.endDate)
    throw badUserInput(
      'input.endDate',
      `must not be after the contract's end ${contract.endDate}: a transfer never outlasts the contract (Rural Land Contract Law Art 38)`,
    );
}

export interface TransferEnd {
  from: LandTransferStatus;
  to: LandTransferStatus;
  startDate: string;
  endDate: string;
  endedOn: string;
  reason: string | null;
}

/** An ACTIVE transfer ends (ENDED or TERMINATED, the latter with a reason) on a day within its term, not in the future. */
export function checkTransferEnd(e: TransferEnd, now = new Date()): void {
  if (e.from !== 'ACTIVE') throw badUserInput('input.id', `the transfer is already ${e.from}; ending it is final`);
  if (e.to === 'ACTIVE') throw badUserInput('input.status', 'must be ENDED or TERMINATED: the transfer is ACTIVE');
  if (e.to === 'TERMINATED' && !e.reason) throw badUserInput('input.reason', 'is required to terminate a transfer');
  if (e.endedOn < e.startDate) throw badUserInput('input.endedOn', `must not be before the transfer's start ${e.startDate}`);
  if (e.endedOn > e.endDate) throw badUserInput('input.endedOn', `must not be after the end of its term ${e.endDate}`);
  if (e.endedOn > today(now)) throw badUserInput('input.endedOn', `must not be in the future (today is ${today(now)})`);
}
